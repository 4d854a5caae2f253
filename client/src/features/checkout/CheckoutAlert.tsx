import { Show } from 'solid-js';

/**
 * What went wrong with the last attempt. Focusable (the page moves focus here when no field is
 * to blame), and found by `data-checkout-message`.
 */
export function CheckoutAlert(props: { message: string | null }) {
  return (
    <Show when={props.message}>
      <p
        role="alert"
        tabindex="-1"
        data-checkout-message
        class="rounded-lg border border-danger/30 bg-danger-soft px-4 py-3 text-sm font-medium text-danger"
      >
        {props.message}
      </p>
    </Show>
  );
}
