import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { connectionState } from '../../lib/socket.js';
import { currentUser, signOut } from '../account/viewer.js';
import { notifications, toggleNotifications } from './desk-attention.store.js';
import { setSoundOn, soundOn, waitingCount } from './staff.store.js';

const control =
  'inline-flex min-h-10 items-center gap-1.5 whitespace-nowrap rounded-full px-2 text-sm font-semibold text-ink hover:bg-mist sm:px-3';

const DOT = { connected: 'bg-accent', connecting: 'bg-amber-400', reconnecting: 'bg-amber-400', offline: 'bg-red-500' };

/** Said in words here; ConnectionIndicator (the app root's) is the live announcement of a change. */
function ConnectionState() {
  const status = () => connectionState().status;
  return (
    <p class="inline-flex items-center gap-1.5 px-1 text-sm text-ink-soft">
      <span aria-hidden="true" class={`size-2 shrink-0 rounded-full ${DOT[status()]}`} />
      <span class="whitespace-nowrap">{t(`desk.connection.${status()}`)}</span>
    </p>
  );
}

function BellIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      class="size-4 xl:hidden"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
    >
      <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15zM10 20a2 2 0 0 0 4 0" stroke-linejoin="round" />
    </svg>
  );
}

function NotificationsButton() {
  const state = notifications;
  return (
    <Show when={state() !== 'unsupported'}>
      <button
        type="button"
        aria-pressed={state() === 'on'}
        aria-describedby={state() === 'blocked' ? 'desk-notify-blocked' : undefined}
        onClick={() => void toggleNotifications()}
        class={control}
      >
        <span class="max-xl:sr-only">{t('desk.notify.button')}</span>
        <BellIcon />
        <span
          class={`rounded-full px-1.5 text-xs ${state() === 'on' ? 'bg-accent-soft text-accent-strong' : 'bg-mist'}`}
        >
          {t(`desk.notify.${state()}`)}
        </span>
      </button>
      <Show when={state() === 'blocked'}>
        <span id="desk-notify-blocked" class="sr-only">
          {t('desk.notify.blockedHint')}
        </span>
      </Show>
    </Show>
  );
}

function Me(props: { onError: (message: string | null) => void }) {
  const [busy, setBusy] = createSignal(false);
  async function leave() {
    setBusy(true);
    const result = await signOut();
    setBusy(false);
    props.onError(result.ok ? null : errorMessage(result.error) || t('desk.signOutFailed'));
  }
  return (
    <div class="flex items-center gap-1 max-sm:ml-auto">
      <p class="max-w-40 truncate px-1 text-sm text-ink-soft max-lg:sr-only">
        <span class="sr-only">{t('desk.signedInAs')} </span>
        {currentUser()?.name}
      </p>
      <button type="button" onClick={() => void leave()} disabled={busy()} class={control}>
        {t('desk.signOut')}
      </button>
    </div>
  );
}

/**
 * The desk's slim top bar: home (the dashboard), who waits, the connection, and the staff
 * member's switches: sound, desktop notifications, the shortcuts sheet, sign out.
 */
export function DeskTopBar(props: { onShowShortcuts: () => void }) {
  const [problem, setProblem] = createSignal<string | null>(null);
  return (
    // On a phone the switches wrap to a second row rather than push the page sideways.
    <header class="flex shrink-0 flex-wrap items-center gap-x-1 border-b border-line bg-white px-2 py-1 sm:px-3">
      <A href="/staff" end class="whitespace-nowrap rounded-lg px-2 py-1.5 font-bold tracking-tight text-ink">
        <span class="max-sm:hidden">{t('desk.app')}</span>
        <span class="sm:hidden">{t('desk.appShort')}</span>
      </A>
      <span
        class={`inline-flex min-h-7 items-center whitespace-nowrap rounded-full px-2.5 text-sm font-bold ${waitingCount() > 0 ? 'bg-amber-100 text-amber-900' : 'bg-mist text-ink-soft'}`}
      >
        {t('staff.waitingBadge', { count: waitingCount() })}
      </span>
      <A href="/staff/dashboard" class={`${control} lg:hidden`} activeClass="bg-mist">
        {t('desk.dashboard')}
      </A>
      <A href="/staff/discounts" class={control}>
        {t('discounts.desk.link')}
      </A>
      <div class="ml-auto flex items-center gap-x-1 max-sm:w-full">
        <ConnectionState />
        <label class={`${control} cursor-pointer`}>
          <input
            type="checkbox"
            checked={soundOn()}
            onChange={(e) => setSoundOn(e.currentTarget.checked)}
            class="size-4 accent-accent"
          />
          <span>{t('staff.soundOn')}</span>
          <span class="sr-only">: {t('staff.soundLabel')}</span>
        </label>
        <NotificationsButton />
        <button type="button" onClick={() => props.onShowShortcuts()} class={`${control} max-lg:hidden`}>
          {t('desk.keys.button')}
        </button>
        <Me onError={setProblem} />
      </div>
      <Show when={problem()}>
        <p role="alert" class="sr-only">
          {problem()}
        </p>
      </Show>
    </header>
  );
}
