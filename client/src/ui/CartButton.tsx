import { A } from '@solidjs/router';
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../i18n/index.js';

function BagIcon() {
  return (
    <svg viewBox="0 0 24 24" class="size-5" aria-hidden="true">
      <path
        d="M6 8h12l-1 12H7L6 8Zm3 0V6.5a3 3 0 0 1 6 0V8"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** The cart button and its panel. The cart itself arrives with the catalog; until then it is empty. */
export function CartButton() {
  const count = () => 0;
  const [open, setOpen] = createSignal(false);
  let root: HTMLDivElement | undefined;

  const closeOnOutside = (event: PointerEvent) => {
    if (root && !root.contains(event.target as Node)) setOpen(false);
  };
  onMount(() => document.addEventListener('pointerdown', closeOnOutside));
  onCleanup(() => document.removeEventListener('pointerdown', closeOnOutside));

  return (
    <div class="relative" ref={root} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        aria-label={t('cart.label', { count: count() })}
        aria-expanded={open()}
        aria-controls={open() ? 'cart-panel' : undefined}
        onClick={() => setOpen(!open())}
        class="relative inline-flex size-11 items-center justify-center rounded-full text-ink hover:bg-mist"
      >
        <BagIcon />
        <span
          aria-hidden="true"
          class="absolute top-1 right-0.5 min-w-5 rounded-full bg-ink px-1 text-center text-xs leading-5 font-semibold text-white"
        >
          {count()}
        </span>
      </button>
      <Show when={open()}>
        <div
          id="cart-panel"
          class="absolute right-0 z-30 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-2xl border border-line bg-white p-5 shadow-xl"
        >
          <p class="font-semibold text-ink">{t('cart.empty')}</p>
          <p class="mt-1 text-sm text-ink-soft">{t('cart.emptyHint')}</p>
          <A href="/shop" onClick={() => setOpen(false)} class="mt-4 inline-block text-sm font-semibold text-accent underline underline-offset-4">
            {t('cart.browse')}
          </A>
        </div>
      </Show>
    </div>
  );
}
