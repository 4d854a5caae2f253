import { A, Navigate } from '@solidjs/router';
import { createSignal, Match, Switch } from 'solid-js';
import { formatDate, t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { PageLoading } from '../../ui/PageLoading.js';
import { Card, Page } from '../../ui/Page.js';
import { AddressesSection } from '../addresses/AddressesSection.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { DeleteAccountSection } from './DeleteAccountSection.js';
import { ExportDataSection } from './ExportDataSection.js';
import { TwoFactorSection } from './TwoFactorSection.js';
import { currentUser, type ViewerUser } from './viewer.js';

function Profile(props: { user: ViewerUser }) {
  const row = 'grid gap-1 sm:grid-cols-[10rem_1fr]';
  return (
    <Card heading={t('account.profile.heading')} id="profile-heading">
      <dl class="space-y-3 text-base">
        <div class={row}>
          <dt class="font-semibold text-ink">{t('account.profile.name')}</dt>
          <dd class="text-ink-soft">{props.user.name}</dd>
        </div>
        <div class={row}>
          <dt class="font-semibold text-ink">{t('account.profile.email')}</dt>
          <dd class="break-all text-ink-soft">{props.user.email}</dd>
        </div>
        <div class={row}>
          <dt class="font-semibold text-ink">{t('account.profile.memberSince')}</dt>
          <dd class="text-ink-soft">
            <time datetime={props.user.createdAt}>{formatDate(props.user.createdAt)}</time>
          </dd>
        </div>
      </dl>
    </Card>
  );
}

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
              <Profile user={user()} />
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
