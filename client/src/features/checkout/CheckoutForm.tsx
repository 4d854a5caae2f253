import { Show } from 'solid-js';
import { checkoutTotals } from '../../../../shared/checkout-totals.js';
import { formatPrice, t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { EmailField, TextField } from '../../ui/Field.js';
import { CheckoutAddress } from './CheckoutAddress.js';
import { CheckoutAlert } from './CheckoutAlert.js';
import { appliedDiscount } from './discount-code.store.js';
import { DiscountCodeField } from './DiscountCodeField.js';
import type { CheckoutForm as Form } from './checkout-form.js';
import { ErrorSummary } from './ErrorSummary.js';
import { FormSection } from './FormSection.js';
import { PaymentFields } from './PaymentFields.js';
import { ShippingMethodField } from './ShippingMethodField.js';

/** Contact, address, shipping method and card, then "Place order" with the total to be charged. */
export function CheckoutForm(props: { form: Form }) {
  const f = props.form;
  const total = () =>
    checkoutTotals(f.shownCart().subtotalCents, f.country(), f.method(), appliedDiscount()).totalCents;

  return (
    <form ref={f.setFormElement} onSubmit={(event) => void f.submit(event)} noValidate class="min-w-0 space-y-6">
      <Show when={f.summaryShown()}>
        <ErrorSummary errors={f.errors()} />
      </Show>
      <FormSection heading={t('checkout.contact.heading')}>
        <div class="grid gap-5 sm:grid-cols-2">
          <EmailField
            label={t('checkout.contact.email')}
            hint={t('checkout.contact.emailHint')}
            {...f.field('email')}
          />
          <TextField
            label={t('checkout.contact.phone')}
            hint={t('checkout.contact.phoneHint')}
            type="tel"
            inputmode="tel"
            autocomplete="tel"
            {...f.field('phone')}
          />
        </div>
      </FormSection>
      <CheckoutAddress form={f} />
      <ShippingMethodField form={f} />
      <DiscountCodeField form={f} />
      <PaymentFields form={f} />
      <CheckoutAlert message={f.formMessage()} />
      <Button type="submit" busy={f.busy()} class="w-full text-base sm:w-auto sm:min-w-72">
        {/* Spaces as text, so the accessible name reads "Place order $12.34", not "…order$12.34". */}
        {t('checkout.place')} <span aria-hidden="true">·</span> <span>{formatPrice(total())}</span>
      </Button>
    </form>
  );
}
