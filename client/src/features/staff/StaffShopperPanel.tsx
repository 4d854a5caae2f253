import { createUniqueId, For, Show, type JSX } from 'solid-js';
import { formatDate, formatPrice, t } from '../../i18n/index.js';
import { storageLabel } from '../catalog/catalog-format.js';
import { watchedCart, watchedOrders, watchedToolActions } from './staff-conversation.store.js';
import { StaffOrders } from './StaffOrders.js';
import { StaffPastConversations } from './StaffPastConversations.js';

function Panel(props: { heading: string; children: JSX.Element }) {
  const id = createUniqueId();
  return (
    <section aria-labelledby={id} class="space-y-2 rounded-2xl border border-line p-3">
      <h3 id={id} class="font-bold text-ink">
        {props.heading}
      </h3>
      {props.children}
    </section>
  );
}

function Cart() {
  return (
    <Show when={watchedCart()}>
      {(cart) => (
        <Show when={cart().lines.length > 0} fallback={<p class="text-sm text-ink-soft">{t('staff.cart.empty')}</p>}>
          <ul class="space-y-1.5 text-sm">
            <For each={cart().lines}>
              {(line) => (
                <li class="flex justify-between gap-2">
                  <span class="min-w-0">
                    {t('staff.cart.line', { quantity: line.quantity, name: line.name })}
                    <span class="block text-xs text-ink-soft">
                      {line.storageGb === null
                        ? line.colourName
                        : t('cart.variant', { colour: line.colourName, storage: storageLabel(line.storageGb) })}
                    </span>
                  </span>
                  <span class="shrink-0 tabular-nums">{formatPrice(line.lineTotalCents)}</span>
                </li>
              )}
            </For>
          </ul>
          <p class="border-t border-line pt-1.5 text-sm font-semibold">
            {t('staff.cart.subtotal', { amount: formatPrice(cart().subtotalCents) })}
          </p>
        </Show>
      )}
    </Show>
  );
}

function ToolActions() {
  return (
    <Show
      when={watchedToolActions().length > 0}
      fallback={<p class="text-sm text-ink-soft">{t('staff.tools.empty')}</p>}
    >
      <ol class="space-y-1.5 text-sm">
        <For each={watchedToolActions()}>
          {(action) => (
            <li class="space-y-0.5">
              <p class="flex flex-wrap items-center gap-2">
                <code class="rounded bg-mist px-1.5 py-0.5 text-xs">{action.name}</code>
                <Show when={!action.ok}>
                  <span class="text-xs font-semibold text-danger">{t('staff.tools.failed')}</span>
                </Show>
                <span class="text-xs text-ink-soft">{formatDate(action.at, { timeStyle: 'short' })}</span>
              </p>
              <p class="text-ink-soft">{action.summary}</p>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}

/** Beside the transcript: the shopper's live cart, their orders and what the assistant did. */
export function StaffShopperPanel() {
  return (
    <div class="min-w-0 space-y-3">
      <Panel heading={t('staff.cart.heading')}>
        <Cart />
      </Panel>
      <Panel heading={t('staff.orders.heading')}>
        <StaffOrders orders={watchedOrders()} />
      </Panel>
      <StaffPastConversations />
      <Panel heading={t('staff.tools.heading')}>
        <ToolActions />
      </Panel>
    </div>
  );
}
