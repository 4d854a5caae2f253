import type { Order } from '../../../../shared/orders.js';
import { formatPrice, t } from '../../i18n/index.js';

/** Subtotal, shipping, tax and total as the order was charged. */
export function OrderTotals(props: {
  order: Pick<Order, 'subtotalCents' | 'discountCode' | 'discountCents' | 'shippingCents' | 'taxCents' | 'totalCents'>;
}) {
  const shipping = () =>
    props.order.shippingCents === 0 ? t('orders.detail.shippingFree') : formatPrice(props.order.shippingCents);
  const rows = () => [
    [t('orders.detail.subtotal'), formatPrice(props.order.subtotalCents)],
    ...(props.order.discountCents > 0
      ? [
          [
            t('discounts.order.line', { code: props.order.discountCode ?? '' }),
            `−${formatPrice(props.order.discountCents)}`,
          ],
        ]
      : []),
    [t('orders.detail.shipping'), shipping()],
    [t('orders.detail.tax'), formatPrice(props.order.taxCents)],
  ];
  return (
    <dl class="space-y-2 text-sm">
      {rows().map(([label, value]) => (
        <div class="flex justify-between gap-4 text-ink-soft">
          <dt>{label}</dt>
          <dd class="text-ink">{value}</dd>
        </div>
      ))}
      <div class="flex justify-between gap-4 border-t border-line pt-3 text-base font-bold text-ink">
        <dt>{t('orders.detail.total')}</dt>
        <dd>{formatPrice(props.order.totalCents)}</dd>
      </div>
    </dl>
  );
}
