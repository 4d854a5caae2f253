import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import type { Cart } from '../../../../shared/cart.js';
import { formatPrice, t } from '../../i18n/index.js';
import { buttonClass } from '../../ui/Button.js';

/** One label and amount of a totals list; `strong` for the total. */
export function SummaryRow(props: { label: string; children: JSX.Element; strong?: boolean }) {
  return (
    <div
      class={`flex justify-between gap-4 ${props.strong ? 'border-t border-line pt-3 text-base font-bold text-ink' : 'text-ink-soft'}`}
    >
      <dt>{props.label}</dt>
      <dd class={props.strong ? '' : 'text-ink'}>{props.children}</dd>
    </div>
  );
}

/** Subtotal, shipping, the tax estimate and the total, as the server priced them. */
export function CartSummary(props: { cart: Cart; headingId: string; onNavigate?: () => void }) {
  const freeFrom = () => formatPrice(props.cart.freeShippingFromCents);
  return (
    <section aria-labelledby={props.headingId} class="space-y-4">
      <h2 id={props.headingId} class="sr-only">
        {t('cart.summary')}
      </h2>
      <dl class="space-y-2 text-sm">
        <SummaryRow label={t('cart.subtotal')}>{formatPrice(props.cart.subtotalCents)}</SummaryRow>
        <SummaryRow label={t('cart.shipping')}>
          {props.cart.shippingCents === 0 ? t('cart.shippingFree') : formatPrice(props.cart.shippingCents)}
        </SummaryRow>
        <SummaryRow label={t('cart.taxEstimate')}>{formatPrice(props.cart.taxEstimateCents)}</SummaryRow>
        <SummaryRow label={t('cart.total')} strong>
          {formatPrice(props.cart.totalCents)}
        </SummaryRow>
      </dl>
      <div class="space-y-1 text-xs text-ink-soft">
        <Show when={props.cart.freeShippingFromCents > 0}>
          <p>{t('cart.freeShippingFrom', { amount: freeFrom() })}</p>
        </Show>
        <p>{t('cart.taxNote')}</p>
      </div>
      <A href="/checkout" onClick={() => props.onNavigate?.()} class={`${buttonClass('primary')} w-full`}>
        {t('cart.checkout')}
      </A>
    </section>
  );
}
