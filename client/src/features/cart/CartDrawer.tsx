import { A } from '@solidjs/router';
import { onCleanup, onMount, Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { cart, cartAddedNote, cartLoaded } from './cart.store.js';
import { CartEmpty, CartLineList } from './CartLines.js';
import { CartSummary } from './CartSummary.js';
import { CloseIcon } from '../../ui/CloseIcon.js';
import { SidePanel } from '../../ui/SidePanel.js';

/** The cart as a modal side panel: focus stays inside, Escape or the close button ends it. */
export function CartDrawer(props: { onClose: () => void; fallbackFocus?: HTMLElement | undefined }) {
  let closeButton: HTMLButtonElement | undefined;

  // Focus goes back to what opened the drawer: the cart button, or "Add to cart".
  const active = document.activeElement;
  const opener = active instanceof HTMLElement && active !== document.body ? active : null;
  onMount(() => closeButton?.focus());
  onCleanup(() => {
    if (opener?.isConnected) opener.focus();
    else props.fallbackFocus?.focus();
  });

  return (
    <SidePanel labelledBy="cart-drawer-heading" onClose={props.onClose} class="h-full max-w-md">
      <div class="flex items-center justify-between border-b border-line px-5 py-3">
        <h2 id="cart-drawer-heading" class="text-xl font-bold tracking-tight text-ink">
          {t('cart.heading')}
        </h2>
        <button
          ref={closeButton}
          type="button"
          aria-label={t('cart.close')}
          onClick={() => props.onClose()}
          class="inline-flex size-11 items-center justify-center rounded-full text-ink hover:bg-mist"
        >
          <CloseIcon />
        </button>
      </div>
      <div class="flex-1 overflow-y-auto px-5">
        <Show when={cartAddedNote()}>
          <p
            role="status"
            class="mt-4 rounded-lg border border-accent/30 bg-accent-soft px-4 py-3 text-sm font-medium text-accent-strong"
          >
            {cartAddedNote()}
          </p>
        </Show>
        <Show
          when={cart().lines.length > 0}
          fallback={
            <Show when={cartLoaded()} fallback={<p class="py-6 text-ink-soft">{t('cart.loading')}</p>}>
              <CartEmpty onNavigate={props.onClose} />
            </Show>
          }
        >
          <CartLineList lines={cart().lines} idPrefix="drawer" onNavigate={props.onClose} />
        </Show>
      </div>
      <Show when={cart().lines.length > 0}>
        <div class="space-y-3 border-t border-line px-5 py-4">
          <CartSummary cart={cart()} headingId="drawer-summary" onNavigate={props.onClose} />
          <A
            href="/cart"
            onClick={() => props.onClose()}
            class="block text-center text-sm font-semibold text-accent underline underline-offset-4"
          >
            {t('cart.viewCart')}
          </A>
        </div>
      </Show>
    </SidePanel>
  );
}
