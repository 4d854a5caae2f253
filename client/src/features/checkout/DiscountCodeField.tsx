import { createEffect, createSignal, on } from 'solid-js';
import { formatPrice, t } from '../../i18n/index.js';
import { buttonClass } from '../../ui/Button.js';
import { controlClass } from '../../ui/Field.js';
import { cart } from '../cart/cart.store.js';
import type { CheckoutForm } from './checkout-form.js';
import {
  appliedDiscount,
  applyDiscount,
  DISCOUNT_INPUT_ID,
  discountChecking,
  discountRefusal,
  recheckDiscount,
} from './discount-code.store.js';

const MESSAGE_ID = 'checkout-discount-message';

/**
 * "Discount code" and Apply, inside the checkout form but not part of its submit: Enter here
 * applies the code. A refusal is said beside the field (described-by, announced politely) while
 * focus stays where the shopper is (SPEC [DISC10]); a code applied shows in the summary.
 */
export function DiscountCodeField(props: { form: CheckoutForm }) {
  const [text, setText] = createSignal('');
  const [said, setSaid] = createSignal('');

  // Checked again whenever the live cart changes, but not while an order is being placed with it.
  createEffect(
    on(
      () => cart().version,
      (version) => {
        if (!props.form.busy()) void recheckDiscount(version);
      },
    ),
  );

  async function apply() {
    const code = text().trim();
    if (!code || discountChecking()) return;
    setSaid('');
    if (await applyDiscount(code)) {
      const quote = appliedDiscount()!;
      setText('');
      setSaid(t('discounts.field.applied', { code: quote.code, amount: formatPrice(quote.discountCents) }));
    }
  }

  return (
    <div class="space-y-1.5 rounded-2xl border border-line p-5 sm:p-6">
      <label for={DISCOUNT_INPUT_ID} class="block text-sm font-semibold text-ink">
        {t('discounts.field.label')}
      </label>
      <div class="flex max-w-md items-start gap-2">
        <input
          id={DISCOUNT_INPUT_ID}
          name="discountCode"
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault(); // applies the code; does not place the order
            void apply();
          }}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={64}
          aria-invalid={discountRefusal() ? 'true' : undefined}
          aria-describedby={discountRefusal() ? MESSAGE_ID : undefined}
          class={`${controlClass} min-w-0 flex-1 uppercase`}
        />
        <button
          type="button"
          onClick={() => void apply()}
          // Not disabled while checking: a disabled button would drop the focus the shopper has.
          aria-busy={discountChecking() ? 'true' : undefined}
          class={`${buttonClass('secondary')} shrink-0`}
        >
          {t('discounts.field.apply')}
        </button>
      </div>
      {/* One line always in the page: what it says is announced, and nothing shifts when it appears. */}
      <p
        id={MESSAGE_ID}
        aria-live="polite"
        class={`min-h-5 text-sm ${discountRefusal() ? 'font-medium text-danger' : 'text-ink-soft'}`}
      >
        {discountRefusal() ?? said()}
      </p>
    </div>
  );
}
