import { A } from '@solidjs/router';
import { Match, Switch, type JSX } from 'solid-js';
import { t } from '../../i18n/index.js';
import { usePageTitle } from '../../lib/title.js';
import { buttonClass } from '../../ui/Button.js';
import { currentUser } from '../account/viewer.js';
import { DeskShell } from './DeskShell.js';

/** Before the desk: a page of its own (no storefront chrome), titled like any other. */
function Outside(props: { children: JSX.Element }) {
  usePageTitle(() => t('staff.title'));
  return (
    <main id="main" class="mx-auto max-w-xl space-y-6 px-4 py-16 sm:px-6">
      {props.children}
    </main>
  );
}

/** /staff, /staff/dashboard and /staff/chats/:chatId. The server sends anyone but staff to sign in; this covers a session that changed since. */
export default function StaffPage() {
  return (
    <Switch>
      <Match when={currentUser() === undefined}>
        <Outside>
          <p class="text-ink-soft" aria-busy="true">
            {t('app.loading')}
          </p>
        </Outside>
      </Match>
      <Match when={currentUser()?.role !== 'staff'}>
        <Outside>
          <h1 class="text-3xl font-bold tracking-tight text-ink">{t('staff.heading')}</h1>
          <p class="text-lg text-ink-soft">{t('staff.signInNeeded')}</p>
          <A href="/signin?next=%2Fstaff" class={buttonClass()}>
            {t('staff.signIn')}
          </A>
        </Outside>
      </Match>
      <Match when={true}>
        <DeskShell />
      </Match>
    </Switch>
  );
}
