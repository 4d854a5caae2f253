import { useLocation } from '@solidjs/router';
import { createEffect, on, Show } from 'solid-js';
import { CartDrawer } from '../features/cart/CartDrawer.js';
import { cart, closeCartDrawer, isCartDrawerOpen, openCartDrawer } from '../features/cart/cart.store.js';
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

/** The header's cart button, named "Cart, 3 items", and the cart drawer it opens. */
export function CartButton() {
  let button: HTMLButtonElement | undefined;
  const count = () => cart().itemCount;

  const location = useLocation();
  createEffect(
    on(
      () => location.pathname,
      () => closeCartDrawer(),
      { defer: true },
    ),
  );

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-label={t('cart.label', { count: count() })}
        aria-haspopup="dialog"
        aria-expanded={isCartDrawerOpen()}
        onClick={() => openCartDrawer()}
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
      <Show when={isCartDrawerOpen()}>
        <CartDrawer onClose={closeCartDrawer} fallbackFocus={button} />
      </Show>
    </>
  );
}
