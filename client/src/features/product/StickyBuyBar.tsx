import { onCleanup, onMount } from 'solid-js';
import { Portal } from 'solid-js/web';
import { formatPrice, t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';

/** Below Tailwind's `sm`: where the bar shows (it is `sm:hidden`). */
const PHONE_WIDTH = '(width < 40rem)';

/**
 * At phone widths, the price and "Add to cart" fixed at the bottom of a product page ([PDP7]),
 * above the home indicator (safe-area inset). While it shows, `body[data-buy-bar="on"]` and the
 * `--buy-bar-height` custom property on :root tell the rest of the page (the chat launcher sits
 * above it; the page gets that much padding at its end, see styles.css).
 */
export function StickyBuyBar(props: {
  name: string;
  priceCents: number;
  busy: boolean;
  disabled: boolean;
  onAdd: () => void;
}) {
  let bar: HTMLDivElement | undefined;
  onMount(() => {
    const root = document.documentElement;
    const phone = window.matchMedia(PHONE_WIDTH);
    const publish = () => {
      if (phone.matches && bar) {
        document.body.dataset.buyBar = 'on';
        root.style.setProperty('--buy-bar-height', `${bar.offsetHeight}px`);
      } else {
        delete document.body.dataset.buyBar;
        root.style.removeProperty('--buy-bar-height');
      }
    };
    const resized = new ResizeObserver(publish);
    if (bar) resized.observe(bar);
    phone.addEventListener('change', publish);
    publish();
    onCleanup(() => {
      resized.disconnect();
      phone.removeEventListener('change', publish);
      delete document.body.dataset.buyBar;
      root.style.removeProperty('--buy-bar-height');
    });
  });
  // Outside <main>, at the end of the body: it belongs to no section of the page.
  return (
    <Portal>
      <div
        ref={bar}
        role="region"
        aria-label={t('pdp.buyBar.label', { name: props.name })}
        class="fixed inset-x-0 bottom-0 z-30 flex items-center gap-3 border-t border-line bg-white/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-[0_-4px_16px_rgb(0_0_0/0.06)] backdrop-blur sm:hidden"
      >
        <p class="min-w-0 flex-1 truncate text-lg font-bold tracking-tight text-ink">{formatPrice(props.priceCents)}</p>
        <Button busy={props.busy} disabled={props.disabled} onClick={() => props.onAdd()} class="shrink-0 px-6">
          {t('product.addToCart')}
        </Button>
      </div>
    </Portal>
  );
}
