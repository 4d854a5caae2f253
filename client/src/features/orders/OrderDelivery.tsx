import { For, type JSX } from 'solid-js';
import type { Order } from '../../../../shared/orders.js';
import { t } from '../../i18n/index.js';
import { addressLines, cardText } from './order-format.js';

function Fact(props: { label: string; children: JSX.Element }) {
  return (
    <div>
      <dt class="text-sm font-semibold text-ink">{props.label}</dt>
      <dd class="mt-1 text-sm break-words text-ink-soft">{props.children}</dd>
    </div>
  );
}

/** Where it goes, how, who to reach, and what paid for it (only the card's brand and last four). */
export function OrderDelivery(props: { order: Order; headingId: string }) {
  return (
    <section aria-labelledby={props.headingId} class="rounded-2xl border border-line p-6">
      <h2 id={props.headingId} class="text-lg font-semibold tracking-tight text-ink">
        {t('orders.detail.delivery')}
      </h2>
      <dl class="mt-4 grid gap-4 sm:grid-cols-2">
        <Fact label={t('orders.detail.address')}>
          <address class="not-italic">
            <For each={addressLines(props.order.address)}>{(line) => <span class="block">{line}</span>}</For>
          </address>
        </Fact>
        <Fact label={t('orders.detail.method')}>{t(`orders.methods.${props.order.shippingMethod}`)}</Fact>
        <Fact label={t('orders.detail.contact')}>
          <span class="block">{props.order.email}</span>
          <span class="block">{props.order.phone}</span>
        </Fact>
        <Fact label={t('orders.detail.payment')}>{cardText(props.order.card)}</Fact>
      </dl>
    </section>
  );
}
