import { For, Show } from 'solid-js';
import { SHIPPING_METHODS, SHIPPING_RATES, shippingCents, type ShippingMethod } from '../../../../shared/shipping.js';
import { formatPrice, t } from '../../i18n/index.js';
import type { CheckoutForm } from './checkout-form.js';
import { fieldId } from './checkout-fields.js';
import { FormSection } from './FormSection.js';

/** Standard or express, each with its price for this cart and country and its delivery time. */
export function ShippingMethodField(props: { form: CheckoutForm }) {
  const f = props.form;
  const price = (method: ShippingMethod) => shippingCents(f.country(), method, f.shownCart().subtotalCents);
  const days = (method: ShippingMethod) =>
    SHIPPING_RATES[f.country()][method === 'express' ? 'expressDays' : 'standardDays'];
  const error = () => f.errors().shippingMethod;

  return (
    <FormSection heading={t('checkout.shipping.heading')}>
      <div class="grid gap-3 sm:grid-cols-2">
        <For each={SHIPPING_METHODS}>
          {(method, i) => (
            <label class="flex min-h-16 cursor-pointer items-center gap-3 rounded-xl border border-line bg-white p-4 has-checked:border-ink has-checked:ring-1 has-checked:ring-ink">
              <input
                type="radio"
                id={i() === 0 ? fieldId('shippingMethod') : undefined}
                name="shippingMethod"
                value={method}
                checked={f.values().shippingMethod === method}
                onChange={() => f.set('shippingMethod', method)}
                aria-invalid={error() ? 'true' : undefined}
                aria-describedby={error() ? 'checkout-shippingMethod-error' : undefined}
                class="size-5 shrink-0 accent-ink"
              />
              <span class="min-w-0 flex-1">
                <span class="block font-semibold text-ink">{t(`checkout.shipping.${method}`)}</span>
                <span class="block text-sm text-ink-soft">{t('checkout.shipping.days', { days: days(method) })}</span>
              </span>
              <span class="shrink-0 font-semibold text-ink">
                {price(method) === 0 ? t('checkout.shipping.free') : formatPrice(price(method))}
              </span>
            </label>
          )}
        </For>
      </div>
      <Show when={error()}>
        <p id="checkout-shippingMethod-error" class="text-sm font-medium text-danger">
          {error()}
        </p>
      </Show>
    </FormSection>
  );
}
