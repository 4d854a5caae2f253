import type { JSX } from 'solid-js';
import type { Order } from '../../../../shared/orders.js';
import { t } from '../../i18n/index.js';
import { OrderDelivery } from './OrderDelivery.js';
import { OrderItems } from './OrderItems.js';
import { OrderTotals } from './OrderTotals.js';
import { StatusTimeline } from './StatusTimeline.js';

/**
 * What the order page and the confirmation share: the live timeline (first, also on a phone),
 * the items and totals, and the delivery details. `aside` goes under the timeline (Cancel).
 */
export function OrderView(props: { order: Order; aside?: JSX.Element }) {
  return (
    <div class="grid items-start gap-6 lg:grid-cols-[1fr_22rem] lg:gap-8">
      <div class="space-y-6 lg:col-start-2 lg:row-start-1">
        <StatusTimeline order={props.order} headingId="order-status-heading" />
        {props.aside}
      </div>
      <div class="space-y-6 lg:col-start-1 lg:row-start-1">
        <section aria-labelledby="order-items-heading" class="rounded-2xl border border-line p-6">
          <h2 id="order-items-heading" class="text-lg font-semibold tracking-tight text-ink">
            {t('orders.detail.items')}
          </h2>
          <div class="mt-4">
            <OrderItems lines={props.order.lines} />
          </div>
          <div class="mt-6 border-t border-line pt-4">
            <h3 class="sr-only">{t('orders.detail.summary')}</h3>
            <OrderTotals order={props.order} />
          </div>
        </section>
        <OrderDelivery order={props.order} headingId="order-delivery-heading" />
      </div>
    </div>
  );
}
