import { A, useParams } from '@solidjs/router';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { CreateAccountOffer } from './CreateAccountOffer.js';
import { OrderGate, orderPageTitle } from './OrderGate.js';
import { OrderView } from './OrderView.js';
import { useOrder } from './orders.store.js';

/** /checkout/confirmation/:number — where checkout lands after `checkout:place` succeeds. */
export default function ConfirmationPage() {
  const params = useParams<{ number: string }>();
  const state = useOrder(() => params.number);
  usePageTitle(() => orderPageTitle(state, () => t('orders.confirmation.title')));

  return (
    <OrderGate state={state}>
      {(order) => (
        <div class="mx-auto max-w-6xl px-4 pt-12 pb-8 sm:px-6 sm:pt-16">
          <h1 class="text-4xl font-bold tracking-tight text-balance text-ink sm:text-5xl">
            {t('orders.confirmation.heading')}
          </h1>
          <p class="mt-4 max-w-2xl text-lg leading-8 text-pretty text-ink-soft">{t('orders.confirmation.lead')}</p>
          <div class="mt-8 flex flex-wrap items-center justify-between gap-4 rounded-2xl border border-accent/30 bg-accent-soft p-6">
            <div>
              <p class="text-sm font-semibold text-accent-strong">{t('orders.confirmation.number')}</p>
              <p class="mt-1 font-mono text-3xl font-bold tracking-wide break-all text-ink sm:text-4xl">
                {order().number}
              </p>
              <p class="mt-1 text-sm text-ink-soft">{t('orders.confirmation.keepNumber')}</p>
            </div>
            <A href={`/orders/${order().number}`} class={buttonClass('primary')}>
              {t('orders.confirmation.view')}
            </A>
          </div>
          <div class="mt-8">
            <OrderView
              order={order()}
              aside={<CreateAccountOffer order={order()} returnTo={`/checkout/confirmation/${order().number}`} />}
            />
          </div>
        </div>
      )}
    </OrderGate>
  );
}
