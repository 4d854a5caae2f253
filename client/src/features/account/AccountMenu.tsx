import { A, useLocation } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { currentUser, signOut } from './viewer.js';

const linkClass = 'whitespace-nowrap rounded-full px-2 py-2 text-sm font-semibold text-ink hover:bg-mist sm:px-3';
const AUTH_PAGES = ['/signin', '/register'];

/** Header account area. Renders nothing account-specific until /api/auth/me has answered. */
export function AccountMenu() {
  const location = useLocation();
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  // Come back to this page after signing in, unless this page is itself a sign-in page.
  const signInHref = () => {
    const here = location.pathname + location.search;
    return AUTH_PAGES.includes(location.pathname) || here === '/'
      ? '/signin'
      : `/signin?next=${encodeURIComponent(here)}`;
  };

  async function onSignOut() {
    setBusy(true);
    const result = await signOut();
    setBusy(false);
    setError(result.ok ? null : errorMessage(result.error) || t('accountMenu.signOutFailed'));
  }

  return (
    <div
      class="flex min-h-11 min-w-24 flex-wrap items-center justify-end gap-1"
      aria-busy={currentUser() === undefined}
    >
      <Switch>
        <Match when={currentUser() === null}>
          <A href={signInHref()} class={linkClass}>
            {t('accountMenu.signIn')}
          </A>
          <A href="/register" class={linkClass}>
            {t('accountMenu.register')}
          </A>
        </Match>
        <Match when={currentUser()}>
          {(user) => (
            <>
              {/* On a phone the row has room for the links only; "Sign out" already says who is signed in. */}
              {/* Staff have one more link; their name then shows only where the row has room. */}
              <p
                class={`hidden max-w-40 truncate px-2 text-sm text-ink-soft ${user().role === 'staff' ? '2xl:block' : 'sm:block'}`}
              >
                <span class="sr-only">{t('accountMenu.signedInAs')} </span>
                {user().name}
              </p>
              <Show when={user().role === 'staff'}>
                <A href="/staff" class={linkClass}>
                  <span class="max-sm:sr-only">{t('staff.link')}</span>
                  <span class="sm:hidden" aria-hidden="true">
                    {t('staff.linkShort')}
                  </span>
                </A>
              </Show>
              {/* On a phone a staff member's row has room for the console, not their own orders. */}
              <A href="/orders" class={`${linkClass} ${user().role === 'staff' ? 'max-sm:hidden' : ''}`}>
                <span class="max-sm:sr-only">{t('orders.link')}</span>
                <span class="sm:hidden" aria-hidden="true">
                  {t('orders.linkShort')}
                </span>
              </A>
              <A href="/account" class={linkClass}>
                {t('accountMenu.account')}
              </A>
              <button type="button" onClick={onSignOut} disabled={busy()} class={linkClass}>
                {t('accountMenu.signOut')}
              </button>
            </>
          )}
        </Match>
      </Switch>
      <Show when={error()}>
        <p role="alert" class="sr-only">
          {error()}
        </p>
      </Show>
    </div>
  );
}
