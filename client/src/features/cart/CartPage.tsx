import { Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { Page } from '../../ui/Page.js';
import { cart, cartLoaded } from './cart.store.js';
import { CartEmpty, CartLineList } from './CartLines.js';
import { CartSummary } from './CartSummary.js';

export default function CartPage() {
  usePageTitle(() => t('cart.pageTitle'));
  return (
    <Page heading={t('cart.heading')}>
      <Show
        when={cart().lines.length > 0}
        fallback={
          <Show when={cartLoaded()} fallback={<p class="text-ink-soft">{t('cart.loading')}</p>}>
            <CartEmpty />
          </Show>
        }
      >
        <div class="grid gap-10 lg:grid-cols-[1fr_22rem] lg:items-start">
          <CartLineList lines={cart().lines} idPrefix="page" />
          <div class="rounded-2xl border border-line p-6">
            <CartSummary cart={cart()} headingId="page-summary" />
          </div>
        </div>
      </Show>
    </Page>
  );
}
