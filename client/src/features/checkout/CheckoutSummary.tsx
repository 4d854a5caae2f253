import { A } from '@solidjs/router';
import { For } from 'solid-js';
import type { Cart } from '../../../../shared/cart.js';
import { checkoutTotals, TAX_ESTIMATE_RATE } from '../../../../shared/checkout-totals.js';
import type { Country, ShippingMethod } from '../../../../shared/shipping.js';
import { formatPrice, t } from '../../i18n/index.js';
import { variantText } from '../cart/CartLines.js';
import { SummaryRow } from '../cart/CartSummary.js';
import { appliedDiscount } from './discount-code.store.js';
import { DiscountSummaryRow } from './DiscountSummaryRow.js';

/** The lines and what checkout will charge for them to the chosen country by the chosen method. */
export function CheckoutSummary(props: { cart: Cart; country: Country; method: ShippingMethod }) {
  const totals = () => checkoutTotals(props.cart.subtotalCents, props.country, props.method, appliedDiscount());
  return (
    <section aria-labelledby="checkout-summary-heading" class="rounded-2xl border border-line bg-mist/50 p-5 sm:p-6">
      <div class="flex items-baseline justify-between gap-4">
        <h2 id="checkout-summary-heading" class="text-xl font-semibold tracking-tight text-ink">
          {t('checkout.summary.heading')}
        </h2>
        <A
          href="/cart"
          class="inline-flex min-h-11 items-center text-sm font-semibold text-accent underline underline-offset-4"
        >
          {t('checkout.summary.editCart')}
        </A>
      </div>
      <ul aria-label={t('checkout.summary.lines')} class="mt-2 divide-y divide-line">
        <For each={props.cart.lines}>
          {(line) => (
            <li class="flex items-center gap-3 py-3">
              <img
                src={line.image}
                alt=""
                width="56"
                height="56"
                class="size-14 shrink-0 rounded-lg bg-white object-contain p-1"
              />
              <div class="min-w-0 flex-1 text-sm">
                <p class="font-semibold text-ink">{line.name}</p>
                <p class="text-ink-soft">
                  {variantText(line)} · {t('checkout.summary.quantity', { count: line.quantity })}
                </p>
              </div>
              <p class="shrink-0 text-sm font-semibold text-ink">{formatPrice(line.lineTotalCents)}</p>
            </li>
          )}
        </For>
      </ul>
      <dl class="mt-2 space-y-2 border-t border-line pt-4 text-sm">
        <SummaryRow label={t('checkout.summary.subtotal')}>{formatPrice(totals().subtotalCents)}</SummaryRow>
        <DiscountSummaryRow discountCents={totals().discountCents} />
        <SummaryRow label={t('checkout.summary.shipping', { method: t(`checkout.shipping.${props.method}`) })}>
          {totals().shippingCents === 0 ? t('checkout.summary.free') : formatPrice(totals().shippingCents)}
        </SummaryRow>
        <SummaryRow label={t('checkout.summary.tax')}>{formatPrice(totals().taxCents)}</SummaryRow>
        <SummaryRow label={t('checkout.summary.total')} strong>
          {formatPrice(totals().totalCents)}
        </SummaryRow>
      </dl>
      <p class="mt-3 text-xs text-ink-soft">{t('checkout.summary.note', { rate: TAX_ESTIMATE_RATE * 100 })}</p>
    </section>
  );
}
