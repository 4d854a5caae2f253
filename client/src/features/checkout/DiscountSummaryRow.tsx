import { Show } from 'solid-js';
import { formatPrice, t } from '../../i18n/index.js';
import { appliedDiscount, DISCOUNT_INPUT_ID, removeDiscount } from './discount-code.store.js';

/** "Code SAVE10: −$12.30" in the order summary, with Remove (focus goes back to the code field). */
export function DiscountSummaryRow(props: { discountCents: number }) {
  function remove() {
    removeDiscount();
    document.getElementById(DISCOUNT_INPUT_ID)?.focus();
  }
  return (
    <Show when={appliedDiscount()}>
      {(quote) => (
        <div class="flex items-center justify-between gap-4 text-ink-soft">
          <dt class="flex flex-wrap items-center gap-x-2">
            <span>{t('discounts.field.summary', { code: quote().code })}</span>
            <button
              type="button"
              onClick={remove}
              class="inline-flex min-h-8 items-center text-sm font-semibold text-accent underline underline-offset-4"
            >
              {t('discounts.field.remove')}
              <span class="sr-only"> {quote().code}</span>
            </button>
          </dt>
          <dd class="font-semibold text-ink">−{formatPrice(props.discountCents)}</dd>
        </div>
      )}
    </Show>
  );
}
