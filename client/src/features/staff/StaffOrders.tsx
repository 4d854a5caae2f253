import { createSignal, createUniqueId, For, Show } from 'solid-js';
import { nextStatuses, type OrderStatus } from '../../../../shared/order-status.js';
import type { Order } from '../../../../shared/orders.js';
import { formatDate, formatPrice, t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { controlClass } from '../../ui/Field.js';
import { statusLabel } from '../orders/order-format.js';
import { StatusBadge } from '../orders/StatusBadge.js';
import { moveOrder } from './staff-actions.js';

function CancelForm(props: { order: Order; onDone: () => void }) {
  const id = createUniqueId();
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!note().trim()) return void setError(t('staff.orders.noteRequired'));
    setBusy(true);
    const problem = await moveOrder(props.order.number, 'cancelled', note().trim());
    setBusy(false);
    setError(problem);
    if (!problem) props.onDone();
  }
  return (
    <form onSubmit={submit} class="mt-2 space-y-2">
      <label for={id} class="block text-sm font-semibold">
        {t('staff.orders.note')}
      </label>
      <input
        id={id}
        value={note()}
        maxLength={300}
        onInput={(e) => setNote(e.currentTarget.value)}
        aria-invalid={error() ? 'true' : undefined}
        aria-describedby={error() ? `${id}-error` : undefined}
        class={controlClass}
      />
      <Show when={error()}>
        <p id={`${id}-error`} role="alert" class="text-sm font-medium text-danger">
          {error()}
        </p>
      </Show>
      <div class="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" busy={busy()} class="min-h-10 px-3 text-xs">
          {t('staff.orders.confirmCancel', { number: props.order.number })}
        </Button>
        <Button variant="secondary" class="min-h-10 px-3 text-xs" onClick={props.onDone}>
          {t('staff.orders.keep')}
        </Button>
      </div>
    </form>
  );
}

function OrderItem(props: { order: Order }) {
  const id = createUniqueId();
  const [cancelling, setCancelling] = createSignal(false);
  const [busy, setBusy] = createSignal<OrderStatus | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const forward = () => nextStatuses(props.order.status).filter((s) => s !== 'cancelled');
  const canCancel = () => nextStatuses(props.order.status).includes('cancelled');
  const items = () => props.order.lines.reduce((n, l) => n + l.quantity, 0);

  async function move(to: OrderStatus) {
    setBusy(to);
    setError(await moveOrder(props.order.number, to));
    setBusy(null);
  }

  return (
    <li aria-labelledby={id} class="space-y-2 rounded-xl border border-line p-3">
      <div class="flex flex-wrap items-center justify-between gap-2">
        <h4 id={id} class="font-semibold text-ink">
          {t('staff.orders.order', { number: props.order.number })}
        </h4>
        <StatusBadge status={props.order.status} />
      </div>
      <p class="text-xs text-ink-soft">
        {t('staff.orders.summary', {
          items: t('chat.cards.orderItems', { count: items() }),
          total: formatPrice(props.order.totalCents),
          date: formatDate(props.order.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </p>
      <Show when={forward().length > 0 || canCancel()}>
        <div class="flex flex-wrap gap-2">
          <For each={forward()}>
            {(to) => (
              <Button
                variant="secondary"
                class="min-h-10 px-3 text-xs"
                busy={busy() === to}
                aria-label={t('staff.orders.moveLabel', {
                  number: props.order.number,
                  status: statusLabel(to).toLowerCase(),
                })}
                onClick={() => void move(to)}
              >
                {t('staff.orders.moveTo', { status: statusLabel(to).toLowerCase() })}
              </Button>
            )}
          </For>
          <Show when={canCancel() && !cancelling()}>
            <Button
              variant="quiet"
              class="min-h-10 px-3 text-xs"
              aria-label={t('staff.orders.cancelLabel', { number: props.order.number })}
              onClick={() => setCancelling(true)}
            >
              {t('staff.orders.cancel')}
            </Button>
          </Show>
        </div>
      </Show>
      <Show when={cancelling() && canCancel()}>
        <CancelForm order={props.order} onDone={() => setCancelling(false)} />
      </Show>
      <Show when={error()}>
        <p role="alert" class="text-sm font-medium text-danger">
          {error()}
        </p>
      </Show>
    </li>
  );
}

/** The shopper's orders, live, with the moves the order state machine allows now. */
export function StaffOrders(props: { orders: readonly Order[] }) {
  return (
    <Show when={props.orders.length > 0} fallback={<p class="text-sm text-ink-soft">{t('staff.orders.empty')}</p>}>
      <ul class="space-y-2">
        <For each={props.orders}>{(order) => <OrderItem order={order} />}</For>
      </ul>
    </Show>
  );
}
