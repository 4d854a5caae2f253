import { A } from '@solidjs/router';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';

/** A placeholder until checkout lands: the "Checkout" buttons of the cart lead here. */
export default function CheckoutPage() {
  usePageTitle(() => t('checkout.title'));
  return (
    <Page heading={t('checkout.heading')} lead={t('checkout.lead')} narrow>
      <A href="/cart" class={buttonClass('secondary')}>
        {t('checkout.back')}
      </A>
    </Page>
  );
}
