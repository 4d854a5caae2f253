import { A } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import type { Order } from '../../../../shared/orders.js';
import { formatDate, formatPrice, t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { usePageTitle } from '../../lib/title.js';
import { ErrorState } from '../../ui/ErrorState.js';
import { Page } from '../../ui/Page.js';
import { currentUser } from '../account/viewer.js';
import { itemCount } from './order-format.js';
import { useOrderList } from './orders.store.js';
import { StatusBadge } from './StatusBadge.js';

/** One order as a card; the number is the link, stretched over the whole card for pointers. */
function OrderCard(props: { order: Order }) {
  const count = () => itemCount(props.order);
  return (
    <li class="relative rounded-2xl border border-line p-5 hover:border-ink/30 hover:bg-mist/40 sm:p-6">
      <div class="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <A
          href={`/orders/${props.order.number}`}
          aria-label={t('orders.history.view', { number: props.order.number })}
          class="font-mono text-lg font-semibold text-ink underline-offset-4 after:absolute after:inset-0 after:rounded-2xl hover:underline"
        >
          {props.order.number}
        </A>
        <StatusBadge status={props.order.status} />
      </div>
      <div class="mt-3 flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
        <div class="text-sm text-ink-soft">
          <p>
            <time datetime={props.order.createdAt}>
              {t('orders.history.placedOn', { date: formatDate(props.order.createdAt) })}
            </time>
          </p>
          <p>{t('orders.history.items', { count: count() })}</p>
        </div>
        <div class="flex items-center gap-4">
          <div aria-hidden="true" class="hidden -space-x-3 sm:flex">
            <For each={props.order.lines.slice(0, 3)}>
              {(line) => (
                <img
                  src={line.image}
                  alt=""
                  width="44"
                  height="44"
                  class="size-11 rounded-full border-2 border-white bg-mist object-contain p-1"
                />
              )}
            </For>
          </div>
          <p class="text-right">
            <span class="block text-xs text-ink-soft">{t('orders.history.total')}</span>
            <span class="font-semibold text-ink">{formatPrice(props.order.totalCents)}</span>
            <Show when={props.order.discountCents > 0}>
              <span class="block text-xs text-ink-soft">
                {t('discounts.order.listNote', { code: props.order.discountCode ?? '' })}
              </span>
            </Show>
          </p>
        </div>
      </div>
    </li>
  );
}

function NoOrders() {
  return (
    <div class="rounded-2xl border border-dashed border-line px-6 py-10 text-center">
      <p class="font-semibold text-ink">{t('orders.history.empty')}</p>
      <p class="mt-1 text-sm text-ink-soft">{t('orders.history.emptyHint')}</p>
      <A href="/shop" class="mt-4 inline-block text-sm font-semibold text-accent underline underline-offset-4">
        {t('orders.history.shop')}
      </A>
    </div>
  );
}

/** /orders — the shopper's orders (a guest's: those placed in this browser session), live. */
export default function OrderHistoryPage() {
  usePageTitle(() => t('orders.history.title'));
  const list = useOrderList();
  const lead = () => (currentUser() === null ? t('orders.history.guestLead') : t('orders.history.lead'));

  return (
    <Page heading={t('orders.history.heading')} lead={lead()}>
      <Switch
        fallback={
          <p class="text-ink-soft" aria-busy="true">
            {t('orders.history.loading')}
          </p>
        }
      >
        <Match when={list.orders().length > 0}>
          <ul aria-label={t('orders.history.list')} class="space-y-4">
            <For each={list.orders()}>{(order) => <OrderCard order={order} />}</For>
          </ul>
        </Match>
        <Match when={list.status() === 'failed' && list.error()}>
          {(error) => <ErrorState message={errorMessage(error())} onRetry={list.retry} />}
        </Match>
        <Match when={list.status() === 'ready'}>
          <NoOrders />
        </Match>
      </Switch>
    </Page>
  );
}
