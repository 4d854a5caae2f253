import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { Page } from '../../ui/Page.js';
import { cartLoaded } from '../cart/cart.store.js';
import { addressBookReady } from '../addresses/addresses.store.js';
import { createCheckoutForm } from './checkout-form.js';
import { CheckoutForm } from './CheckoutForm.js';
import { CheckoutSummary } from './CheckoutSummary.js';

function CheckoutEmpty() {
  return (
    <div class="max-w-xl rounded-2xl border border-line p-6">
      <p class="font-semibold text-ink">{t('checkout.empty')}</p>
      <p class="mt-1 text-sm text-ink-soft">{t('checkout.emptyHint')}</p>
      <A href="/shop" class="mt-4 inline-block text-sm font-semibold text-accent underline underline-offset-4">
        {t('checkout.browse')}
      </A>
    </div>
  );
}

/** /checkout: the order summary beside the form; an empty cart gets a way back to the shop instead. */
export default function CheckoutPage() {
  usePageTitle(() => t('checkout.title'));
  const form = createCheckoutForm();
  const hasLines = () => form.shownCart().lines.length > 0;

  return (
    <Page heading={t('checkout.heading')}>
      {/* The form waits for the address book too, so its arrival never pushes the fields down ([BOOK9]). */}
      <Show when={cartLoaded() && addressBookReady()} fallback={<p class="text-ink-soft">{t('checkout.loading')}</p>}>
        <Show when={hasLines()} fallback={<CheckoutEmpty />}>
          <div class="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-12">
            <div class="lg:sticky lg:top-28 lg:col-start-2 lg:row-start-1">
              <CheckoutSummary cart={form.shownCart()} country={form.country()} method={form.method()} />
            </div>
            <CheckoutForm form={form} />
          </div>
        </Show>
      </Show>
    </Page>
  );
}
