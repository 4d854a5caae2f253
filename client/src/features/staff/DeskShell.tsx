import { useLocation, useNavigate, useParams } from '@solidjs/router';
import { createEffect, createSignal, createUniqueId, Match, on, onCleanup, onMount, Show, Switch } from 'solid-js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { SkipLink } from '../../ui/SkipLink.js';
import { deskTitle } from './desk-attention.js';
import { followAttention, notifyHandoff, unreadChatIds } from './desk-attention.store.js';
import { useDeskKeyboard } from './desk-keyboard.js';
import { DeskShortcutsDialog, type ShortcutsSheet } from './DeskShortcutsDialog.js';
import { DeskTopBar } from './DeskTopBar.js';
import { listenToWatched, watchConversation } from './staff-conversation.store.js';
import { loadOverview, overviewPhase, staffAnnouncement, startConsole, waitingCount } from './staff.store.js';
import { socket } from '../../lib/socket.js';
import type { StaffConversation } from '../../../../shared/staff.js';
import { StaffConversationList } from './StaffConversationList.js';
import { StaffConversationView } from './StaffConversationView.js';
import { StaffShopperPanel } from './StaffShopperPanel.js';
import { StaffSummary } from './StaffSummary.js';

type Pane = 'list' | 'dashboard' | 'conversation' | 'customer';

const wide = () => window.matchMedia('(min-width: 1024px)').matches;
const pane = 'min-h-0 min-w-0 overflow-y-auto outline-none';

function BackButton(props: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={() => props.onClick()}
      class="inline-flex min-h-11 items-center gap-1 rounded-full pr-3 text-sm font-semibold text-ink hover:bg-mist lg:hidden"
    >
      <svg viewBox="0 0 24 24" class="size-5" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8">
        <path d="M15 5l-7 7 7 7" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      {props.label}
    </button>
  );
}

/** No conversation open: today's counters and who is online, in the conversation's place. */
function Dashboard(props: { onBack: () => void }) {
  const id = createUniqueId();
  return (
    <section aria-labelledby={id} class="space-y-2 p-4">
      <BackButton label={t('staff.conversation.back')} onClick={props.onBack} />
      <h2 id={id} class="text-lg font-bold text-ink">
        {t('desk.dashboard')}
      </h2>
      <p class="text-sm text-ink-soft max-lg:hidden">{t('staff.conversation.choose')}</p>
      <StaffSummary />
    </section>
  );
}

/**
 * The staff desk ([SHELL1], [SHELL2]): a top bar over three panes that fill the window and
 * scroll each on its own: the conversation list, the open conversation (or the dashboard),
 * the customer. Below 1024 px one pane at a time: list → conversation → customer.
 */
export function DeskShell() {
  const params = useParams<{ chatId?: string }>();
  const location = useLocation();
  const navigate = useNavigate();
  const selected = () => {
    const id = Number(params.chatId);
    return Number.isInteger(id) && id > 0 ? id : null;
  };
  const [customer, setCustomer] = createSignal(false);
  createEffect(on(selected, () => setCustomer(false), { defer: true }));
  const shown = (): Pane => {
    if (selected()) return customer() ? 'customer' : 'conversation';
    return location.pathname === '/staff/dashboard' ? 'dashboard' : 'list';
  };
  const narrowOnly = (p: Pane) => (shown() === p ? '' : 'max-lg:hidden');
  const open = (chatId: number) => navigate(`/staff/chats/${chatId}`);

  let main: HTMLElement | undefined;
  let list: HTMLDivElement | undefined;
  let conversation: HTMLDivElement | undefined;
  let customerPane: HTMLElement | undefined;
  let sheet: ShortcutsSheet | undefined;
  // A pane that appears in another's place takes focus, so keyboard and screen reader users start there.
  const focusAfterRender = (el: () => HTMLElement | undefined) => requestAnimationFrame(() => el()?.focus());
  function showCustomer() {
    setCustomer(true);
    focusAfterRender(() => customerPane);
  }

  onMount(() => {
    listenToWatched();
    onCleanup(startConsole());
    const onHandoff = (row: StaffConversation) => notifyHandoff(row, open);
    socket.on('staff:handoff-requested', onHandoff);
    onCleanup(() => socket.off('staff:handoff-requested', onHandoff));
  });
  createEffect(() => watchConversation(selected()));
  onCleanup(() => watchConversation(null));
  followAttention(selected);
  createEffect(() => {
    document.title = deskTitle(unreadChatIds().length, waitingCount());
  });

  function back(): boolean {
    if (wide()) return false;
    if (shown() === 'customer') {
      setCustomer(false);
      focusAfterRender(() => conversation);
    } else if (shown() !== 'list') {
      navigate('/staff');
      focusAfterRender(() => list);
    } else return false;
    return true;
  }
  useDeskKeyboard({ selected, open, back, showShortcuts: () => sheet?.open(), list: () => list });

  return (
    <div class="flex h-dvh flex-col overflow-hidden bg-white">
      <SkipLink main={() => main} />
      <DeskTopBar onShowShortcuts={() => sheet?.open()} />
      <main id="main" ref={main} tabindex="-1" class="flex min-h-0 flex-1 flex-col outline-none">
        <h1 class="sr-only">{t('staff.heading')}</h1>
        <Switch>
          <Match when={overviewPhase() === 'failed'}>
            <div class="space-y-3 p-6">
              <p class="text-ink-soft">{t('staff.loadFailed')}</p>
              <Button variant="secondary" onClick={() => void loadOverview()}>
                {t('staff.tryAgain')}
              </Button>
            </div>
          </Match>
          <Match when={overviewPhase() !== 'ready'}>
            <p class="p-6 text-ink-soft" aria-busy="true">
              {t('staff.loading')}
            </p>
          </Match>
          <Match when={true}>
            <div
              class={`grid min-h-0 flex-1 grid-rows-[minmax(0,1fr)] ${selected() ? 'lg:grid-cols-[18rem_minmax(0,1fr)_18rem] xl:grid-cols-[21rem_minmax(0,1fr)_22rem]' : 'lg:grid-cols-[18rem_minmax(0,1fr)] xl:grid-cols-[21rem_minmax(0,1fr)]'}`}
            >
              <div
                ref={list}
                data-desk-pane
                tabindex="-1"
                class={`${pane} border-line lg:border-r ${narrowOnly('list')}`}
              >
                <StaffConversationList selected={selected()} />
              </div>
              <div
                ref={conversation}
                data-desk-pane
                tabindex="-1"
                class={`${selected() ? 'min-h-0 min-w-0 outline-none' : `${pane} @container`} ${narrowOnly(selected() ? 'conversation' : 'dashboard')}`}
              >
                <Show when={selected()} fallback={<Dashboard onBack={() => navigate('/staff')} />}>
                  {(id) => <StaffConversationView chatId={id()} onShowCustomer={showCustomer} />}
                </Show>
              </div>
              <Show when={selected()}>
                <CustomerPane ref={(el) => (customerPane = el)} hidden={narrowOnly('customer')} onBack={back} />
              </Show>
            </div>
          </Match>
        </Switch>
        <div role="status" aria-live="polite" class="sr-only">
          {staffAnnouncement()}
        </div>
      </main>
      <DeskShortcutsDialog ref={(s) => (sheet = s)} />
    </div>
  );
}

/** The shopper beside their conversation: cart, orders, the assistant's actions (past conversations and rating join this stack). */
function CustomerPane(props: { hidden: string; onBack: () => void; ref: (el: HTMLElement) => void }) {
  const id = createUniqueId();
  return (
    <aside
      ref={props.ref}
      aria-labelledby={id}
      data-desk-pane
      tabindex="-1"
      class={`${pane} space-y-2 border-line bg-mist/40 p-3 lg:border-l ${props.hidden}`}
    >
      <BackButton label={t('desk.panes.customerBack')} onClick={props.onBack} />
      <h2 id={id} class="text-lg font-bold text-ink">
        {t('desk.panes.customerHeading')}
      </h2>
      <StaffShopperPanel />
    </aside>
  );
}
