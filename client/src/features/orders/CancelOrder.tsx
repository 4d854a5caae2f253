import { createSignal, Show } from 'solid-js';
import type { Order } from '../../../../shared/orders.js';
import { formatPrice, t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { Button } from '../../ui/Button.js';
import { FormAlert, SuccessNote } from '../../ui/Messages.js';
import { cardText } from './order-format.js';
import { canCancel } from './order-timeline.js';
import { cancelOrder } from './orders.store.js';

/**
 * Two steps, like deleting an account: "Cancel order", then an explicit "Yes, cancel order".
 * Shown while the order can still be cancelled, and kept while a confirmation or its outcome
 * is on screen (the simulator may pack the order meanwhile; the server then says why not).
 */
export function CancelOrder(props: { order: Order }) {
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [done, setDone] = createSignal<string | null>(null);
  let startButton: HTMLButtonElement | undefined;
  let confirmHeading: HTMLHeadingElement | undefined;
  let heading: HTMLHeadingElement | undefined;

  function ask() {
    setError(null);
    setConfirming(true);
    confirmHeading?.focus();
  }

  function keep() {
    setConfirming(false);
    startButton?.focus();
  }

  async function confirm() {
    if (busy()) return;
    setBusy(true);
    const result = await cancelOrder(props.order.number);
    setBusy(false);
    setConfirming(false);
    if (result.ok) setDone(t('orders.cancel.done', { total: formatPrice(result.data.totalCents) }));
    else setError(errorMessage(result.error));
    // The buttons are gone: keep keyboard focus in the section, where the outcome is.
    heading?.focus();
  }

  return (
    <Show when={canCancel(props.order.status) || confirming() || error() || done()}>
      <section aria-labelledby="cancel-heading" class="space-y-4 rounded-2xl border border-line p-6">
        <h2 ref={heading} id="cancel-heading" tabindex="-1" class="text-lg font-semibold tracking-tight text-ink">
          {t('orders.cancel.heading')}
        </h2>
        <SuccessNote message={done()} />
        <FormAlert message={error()} />
        <Show when={canCancel(props.order.status) && !confirming() && !done()}>
          <p class="text-sm text-ink-soft">{t('orders.cancel.body')}</p>
          <Button ref={startButton} variant="secondary" onClick={ask}>
            {t('orders.cancel.button')}
          </Button>
        </Show>
        <Show when={confirming()}>
          <div class="space-y-4 rounded-xl border border-danger/40 bg-danger-soft p-5">
            <h3 ref={confirmHeading} tabindex="-1" class="font-semibold text-danger">
              {t('orders.cancel.confirmHeading')}
            </h3>
            <p class="text-sm text-ink">
              {t('orders.cancel.confirmBody', {
                total: formatPrice(props.order.totalCents),
                card: cardText(props.order.card),
              })}
            </p>
            <div class="flex flex-wrap gap-3">
              <Button variant="danger" busy={busy()} onClick={confirm}>
                {t('orders.cancel.confirm')}
              </Button>
              <Button variant="secondary" disabled={busy()} onClick={keep}>
                {t('orders.cancel.keep')}
              </Button>
            </div>
          </div>
        </Show>
      </section>
    </Show>
  );
}
