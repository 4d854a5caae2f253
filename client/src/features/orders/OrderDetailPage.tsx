import { useParams } from '@solidjs/router';
import { t, tSplit } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { Breadcrumbs } from '../../ui/Breadcrumbs.js';
import { CancelOrder } from './CancelOrder.js';
import { formatMoment } from './order-format.js';
import { OrderGate, orderPageTitle } from './OrderGate.js';
import { OrderView } from './OrderView.js';
import { useOrder } from './orders.store.js';
import { StatusBadge } from './StatusBadge.js';

/** /orders/:number — one of the shopper's orders, live. */
export default function OrderDetailPage() {
  const params = useParams<{ number: string }>();
  const state = useOrder(() => params.number);
  const [placedBefore, placedAfter] = tSplit('orders.detail.placedOn', 'date');
  usePageTitle(() => orderPageTitle(state, (o) => t('orders.detail.title', { number: o.number })));

  return (
    <OrderGate state={state}>
      {(order) => (
        <div class="mx-auto max-w-6xl px-4 pt-8 pb-8 sm:px-6 sm:pt-10">
          <Breadcrumbs
            label={t('orders.detail.breadcrumb')}
            items={[{ label: t('orders.history.heading'), href: '/orders' }, { label: order().number }]}
          />
          <div class="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
            <h1 class="text-3xl font-bold tracking-tight text-ink sm:text-4xl">
              {t('orders.detail.heading', { number: order().number })}
            </h1>
            <StatusBadge status={order().status} />
          </div>
          <p class="mt-2 text-ink-soft">
            {placedBefore}
            <time datetime={order().createdAt}>{formatMoment(order().createdAt)}</time>
            {placedAfter}
          </p>
          <div class="mt-8">
            <OrderView order={order()} aside={<CancelOrder order={order()} />} />
          </div>
        </div>
      )}
    </OrderGate>
  );
}
