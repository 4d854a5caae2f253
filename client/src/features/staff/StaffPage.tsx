import { A, useParams } from '@solidjs/router';
import { createEffect, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { t } from '../../i18n/index.js';
import { buttonClass } from '../../ui/Button.js';
import { Button } from '../../ui/Button.js';
import { usePageTitle } from '../../lib/title.js';
import { currentUser } from '../account/viewer.js';
import { listenToWatched, watchConversation } from './staff-conversation.store.js';
import {
  loadOverview,
  overviewPhase,
  setSoundOn,
  soundOn,
  staffAnnouncement,
  startConsole,
  waitingCount,
} from './staff.store.js';
import { StaffConversationList } from './StaffConversationList.js';
import { StaffConversationView } from './StaffConversationView.js';
import { StaffSummary } from './StaffSummary.js';

function WaitingBadge() {
  return (
    <span
      class={`inline-flex min-h-8 items-center rounded-full px-3 text-sm font-bold ${waitingCount() > 0 ? 'bg-amber-100 text-amber-900' : 'bg-mist text-ink-soft'}`}
    >
      {t('staff.waitingBadge', { count: waitingCount() })}
    </span>
  );
}

function Console() {
  const params = useParams<{ chatId?: string }>();
  const selected = () => {
    const id = Number(params.chatId);
    return Number.isInteger(id) && id > 0 ? id : null;
  };
  onMount(() => {
    listenToWatched();
    onCleanup(startConsole());
  });
  createEffect(() => watchConversation(selected()));
  onCleanup(() => watchConversation(null));

  return (
    <div class="mx-auto max-w-screen-2xl px-4 py-6 sm:px-6">
      <div class={`flex flex-wrap items-center gap-3 ${selected() ? 'max-lg:hidden' : ''}`}>
        <h1 class="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t('staff.heading')}</h1>
        <WaitingBadge />
        <label class="ml-auto inline-flex min-h-11 items-center gap-2 text-sm font-medium text-ink">
          <input
            type="checkbox"
            checked={soundOn()}
            onChange={(e) => setSoundOn(e.currentTarget.checked)}
            class="size-4 accent-accent"
          />
          <span>{t('staff.soundOn')}</span>
          <span class="sr-only">: {t('staff.soundLabel')}</span>
        </label>
      </div>
      <Switch>
        <Match when={overviewPhase() === 'failed'}>
          <div class="mt-6 space-y-3">
            <p class="text-ink-soft">{t('staff.loadFailed')}</p>
            <Button variant="secondary" onClick={() => void loadOverview()}>
              {t('staff.tryAgain')}
            </Button>
          </div>
        </Match>
        <Match when={overviewPhase() !== 'ready'}>
          <p class="mt-6 text-ink-soft" aria-busy="true">
            {t('staff.loading')}
          </p>
        </Match>
        <Match when={true}>
          {/* On a phone the list comes first; the counters follow it. */}
          <div class="flex flex-col">
            <div class={`max-lg:order-2 max-lg:mt-8 ${selected() ? 'max-lg:hidden' : ''}`}>
              <StaffSummary />
            </div>
            <div class="mt-6 grid items-start gap-6 max-lg:order-1 lg:grid-cols-[22rem_minmax(0,1fr)]">
              <div class={`min-w-0 ${selected() ? 'max-lg:hidden' : ''}`}>
                <StaffConversationList selected={selected()} />
              </div>
              <Show
                when={selected()}
                fallback={
                  <p class="hidden rounded-2xl border border-dashed border-line p-8 text-center text-ink-soft lg:block">
                    {t('staff.conversation.choose')}
                  </p>
                }
              >
                {(id) => <StaffConversationView chatId={id()} />}
              </Show>
            </div>
          </div>
        </Match>
      </Switch>
      <div role="status" aria-live="polite" class="sr-only">
        {staffAnnouncement()}
      </div>
    </div>
  );
}

/** /staff and /staff/chats/:chatId. The server sends anyone but staff to sign in; this covers a session that changed since. */
export default function StaffPage() {
  usePageTitle(() => t('staff.title'));
  return (
    <Switch>
      <Match when={currentUser() === undefined}>
        <p class="mx-auto max-w-6xl px-4 py-16 text-ink-soft sm:px-6" aria-busy="true">
          {t('app.loading')}
        </p>
      </Match>
      <Match when={currentUser()?.role !== 'staff'}>
        <div class="mx-auto max-w-xl space-y-6 px-4 py-16 sm:px-6">
          <h1 class="text-3xl font-bold tracking-tight text-ink">{t('staff.heading')}</h1>
          <p class="text-lg text-ink-soft">{t('staff.signInNeeded')}</p>
          <A href="/signin?next=%2Fstaff" class={buttonClass()}>
            {t('staff.signIn')}
          </A>
        </div>
      </Match>
      <Match when={true}>
        <Console />
      </Match>
    </Switch>
  );
}
