import { A } from '@solidjs/router';
import { For } from 'solid-js';
import type { OrderLine } from '../../../../shared/orders.js';
import { formatPrice, t } from '../../i18n/index.js';
import { variantText } from '../cart/CartLines.js';

/** The lines as they were bought: the price snapshot of the order, not today's catalog price. */
export function OrderItems(props: { lines: OrderLine[] }) {
  return (
    <ul aria-label={t('orders.detail.items')} class="divide-y divide-line">
      <For each={props.lines}>
        {(line) => (
          <li class="flex gap-4 py-4 first:pt-0 last:pb-0">
            <img
              src={line.image}
              alt=""
              width="72"
              height="72"
              class="size-18 shrink-0 rounded-xl bg-mist object-contain p-1.5"
            />
            <div class="flex min-w-0 flex-1 flex-wrap items-start justify-between gap-x-4 gap-y-1">
              <div class="min-w-0">
                <A href={`/products/${line.productSlug}`} class="font-semibold text-ink hover:underline">
                  {line.name}
                </A>
                <p class="text-sm text-ink-soft">{variantText(line)}</p>
                <p class="text-sm text-ink-soft">
                  {t('orders.detail.quantity', { count: line.quantity })} ·{' '}
                  {t('orders.detail.unitPrice', { price: formatPrice(line.unitPriceCents) })}
                </p>
              </div>
              <p class="font-semibold text-ink">{formatPrice(line.unitPriceCents * line.quantity)}</p>
            </div>
          </li>
        )}
      </For>
    </ul>
  );
}
