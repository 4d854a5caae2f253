import { A, useLocation } from '@solidjs/router';
import { Match, Show, Switch, type Accessor, type JSX } from 'solid-js';
import type { Order } from '../../../../shared/orders.js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { buttonClass } from '../../ui/Button.js';
import { ErrorState } from '../../ui/ErrorState.js';
import { PageLoading } from '../../ui/PageLoading.js';
import { Page } from '../../ui/Page.js';
import { currentUser } from '../account/viewer.js';
import type { useOrder } from './orders.store.js';

export type OrderState = ReturnType<typeof useOrder>;

/** Not there, or not this shopper's: the server answers both alike, and so does the page. */
function OrderNotFound() {
  const location = useLocation();
  return (
    <Page heading={t('orders.notFound.heading')} lead={t('orders.notFound.body')} narrow>
      <div class="flex flex-wrap gap-3">
        <A href="/orders" class={buttonClass('primary')}>
          {t('orders.notFound.orders')}
        </A>
        <Show when={currentUser() === null}>
          <A href={`/signin?next=${encodeURIComponent(location.pathname)}`} class={buttonClass('secondary')}>
            {t('orders.notFound.signIn')}
          </A>
        </Show>
      </div>
    </Page>
  );
}

/** Shows the order once it is known; until then loading, "not found" or an error to retry. */
export function OrderGate(props: { state: OrderState; children: (order: Accessor<Order>) => JSX.Element }) {
  return (
    <Switch fallback={<PageLoading />}>
      <Match when={props.state.order()}>{(order) => props.children(order)}</Match>
      <Match when={props.state.missing()}>
        <OrderNotFound />
      </Match>
      <Match when={props.state.error()}>
        {(error) => (
          <div class="mx-auto max-w-xl px-4 py-16 sm:px-6">
            <ErrorState message={errorMessage(error())} onRetry={props.state.retry} />
          </div>
        )}
      </Match>
    </Switch>
  );
}

/** The page title for an order page: its own, "Order not found", or a neutral one while loading. */
export function orderPageTitle(state: OrderState, title: (order: Order) => string): string {
  const order = state.order();
  if (order) return title(order);
  return t(state.missing() ? 'orders.notFound.title' : 'orders.detail.loadingTitle');
}
