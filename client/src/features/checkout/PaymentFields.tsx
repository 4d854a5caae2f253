import { For } from 'solid-js';
import { t } from '../../i18n/index.js';
import { TextField } from '../../ui/Field.js';
import { CheckoutAlert } from './CheckoutAlert.js';
import type { CheckoutForm } from './checkout-form.js';
import { formatExpiry } from './checkout-fields.js';
import { FormSection } from './FormSection.js';

// The built-in test provider's cards (server/features/payments/test-provider.ts).
const TEST_CARDS = [
  { number: '4242 4242 4242 4242', outcome: 'checkout.payment.testSuccess' },
  { number: '4000 0000 0000 0002', outcome: 'checkout.payment.testDeclined' },
  { number: '4000 0000 0000 9995', outcome: 'checkout.payment.testInsufficient' },
] as const;

function TestModeNote() {
  return (
    <div
      role="note"
      aria-labelledby="checkout-test-mode"
      class="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-ink"
    >
      <p id="checkout-test-mode" class="font-semibold">
        {t('checkout.payment.testMode')}
      </p>
      <p class="mt-1 text-ink-soft">{t('checkout.payment.testIntro')}</p>
      <ul class="mt-2 space-y-1">
        <For each={TEST_CARDS}>
          {(card) => (
            <li>
              <span class="font-mono whitespace-nowrap">{card.number}</span> {t(card.outcome)}
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}

/** Card number, expiry, security code and name, with what went wrong with the last payment at the top. */
export function PaymentFields(props: { form: CheckoutForm }) {
  const f = props.form;
  const digits = { inputmode: 'numeric', autocorrect: 'off', spellcheck: false } as const;
  return (
    <FormSection heading={t('checkout.payment.heading')}>
      <CheckoutAlert message={f.paymentMessage()} />
      <TestModeNote />
      <TextField
        label={t('checkout.payment.number')}
        autocomplete="cc-number"
        maxLength={23}
        {...digits}
        {...f.field('card.number')}
      />
      <div class="grid grid-cols-2 gap-5">
        <TextField
          label={t('checkout.payment.expiry')}
          hint={t('checkout.payment.expiryHint')}
          autocomplete="cc-exp"
          maxLength={7}
          {...digits}
          {...f.field('card.expiry')}
          onInput={(event) => {
            // Written back too: when the shaped value equals the last one, no update would redraw it.
            const shaped = formatExpiry(event.currentTarget.value);
            event.currentTarget.value = shaped;
            f.set('card.expiry', shaped);
          }}
        />
        <TextField
          label={t('checkout.payment.cvc')}
          hint={t('checkout.payment.cvcHint')}
          autocomplete="cc-csc"
          maxLength={4}
          {...digits}
          {...f.field('card.cvc')}
        />
      </div>
      <TextField label={t('checkout.payment.name')} autocomplete="cc-name" {...f.field('card.name')} />
      <p class="text-sm text-ink-soft">{t('checkout.payment.kept')}</p>
    </FormSection>
  );
}
