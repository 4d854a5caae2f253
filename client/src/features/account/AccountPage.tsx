import { A, Navigate } from '@solidjs/router';
import { createSignal, Match, Switch } from 'solid-js';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { PageLoading } from '../../ui/PageLoading.js';
import { Card, Page } from '../../ui/Page.js';
import { AddressesSection } from '../addresses/AddressesSection.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { DeleteAccountSection } from './DeleteAccountSection.js';
import { ExportDataSection } from './ExportDataSection.js';
import { ProfileSection } from './ProfileSection.js';
import { TwoFactorSection } from './TwoFactorSection.js';
import { currentUser } from './viewer.js';

function Farewell() {
  usePageTitle(() => t('account.deleted.title'));
  return (
    <Page heading={t('account.deleted.heading')} lead={t('account.deleted.body')} narrow>
      <A href="/" class={buttonClass('primary')}>
        {t('account.deleted.home')}
      </A>
    </Page>
  );
}

export default function AccountPage() {
  usePageTitle(() => t('account.title'));
  const [deleted, setDeleted] = createSignal(false);

  return (
    <Switch fallback={<PageLoading />}>
      <Match when={deleted()}>
        <Farewell />
      </Match>
      <Match when={currentUser() === null}>
        <Navigate href={`/signin?next=${encodeURIComponent('/account')}`} />
      </Match>
      <Match when={currentUser()}>
        {(user) => (
          <Page heading={t('account.heading')}>
            <div class="grid items-start gap-8 lg:grid-cols-2">
              <ProfileSection user={user()} />
              <Card heading={t('orders.accountCard.heading')} id="orders-heading">
                <p class="text-sm leading-6 text-ink-soft">{t('orders.accountCard.body')}</p>
                <A href="/orders" class={buttonClass('secondary')}>
                  {t('orders.link')}
                </A>
              </Card>
              <AddressesSection />
              <ChangePasswordForm />
              <TwoFactorSection />
              <ExportDataSection />
              <DeleteAccountSection onDeleted={() => setDeleted(true)} />
            </div>
          </Page>
        )}
      </Match>
    </Switch>
  );
}
