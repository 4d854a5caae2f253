import { createSignal, createUniqueId, For, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import type { Department, DEPARTMENTS } from '../../../../shared/chat.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { CloseIcon } from '../../ui/CloseIcon.js';
import {
  backToCurrent,
  chatIsCurrent,
  chatMessages,
  chatPhase,
  chatProblem,
  chatSummary,
  continueConversation,
  dismissChatProblem,
  newConversation,
  reloadChat,
  requestHuman,
  startChat,
  switchDepartment,
} from './chat.store.js';
import { ChatAnnouncer } from './ChatAnnouncer.js';
import { staffTypingName, startChatTyping } from './chat-typing.js';
import { ChatComposer } from './ChatComposer.js';
import { ChatMessageList } from './ChatMessageList.js';
import { EmailTranscript } from './EmailTranscript.js';
import { PastConversations } from './PastConversations.js';

// The shared list, without importing shared/chat.ts at run time (it brings zod along).
const DEPARTMENT_CHOICES = ['sales', 'tech', 'service'] as const satisfies typeof DEPARTMENTS;

const TOOL =
  'inline-flex min-h-9 items-center rounded-full border border-line px-3 text-xs font-semibold text-ink hover:border-ink/40 hover:bg-mist';

/** The department badge (a select: the shopper can switch) and "Talk to a person". */
function Toolbar() {
  const id = createUniqueId();
  return (
    <Show when={chatSummary()}>
      {(chat) => (
        <div class="flex flex-wrap items-center gap-2 border-b border-line px-4 py-2">
          <label for={id} class="sr-only">
            {t('chat.department')}
          </label>
          <select
            id={id}
            value={chat().department}
            disabled={!chatIsCurrent()}
            onChange={(event) => void switchDepartment(event.currentTarget.value as Department)}
            class="min-h-9 rounded-full border-0 bg-accent-soft py-1 pr-8 pl-3 text-xs font-semibold text-accent-strong"
          >
            <For each={DEPARTMENT_CHOICES}>
              {(department) => (
                <option value={department} selected={department === chat().department}>
                  {t(`chat.departments.${department}`)}
                </option>
              )}
            </For>
          </select>
          <Show when={chatIsCurrent() && chat().status === 'ai'}>
            <button type="button" class={TOOL} onClick={() => void requestHuman()}>
              {t('chat.talkToPerson')}
            </button>
          </Show>
          <EmailTranscript chatId={chat().id} />
        </div>
      )}
    </Show>
  );
}

const ICON_BUTTON = 'inline-flex size-11 items-center justify-center rounded-full text-ink hover:bg-mist';

function HistoryIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      class="size-5"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d="M3.5 12a8.5 8.5 0 1 0 2.5-6M3.5 4v4h4" />
      <path d="M12 8v4.5l3 2" />
    </svg>
  );
}

function NewIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      class="size-5"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d="M12 5v14M5 12h14" />
    </svg>
  );
}

function StatusBanner() {
  return (
    <Switch>
      <Match when={!chatIsCurrent()}>
        <div class="space-y-2 border-b border-line bg-mist px-4 py-3 text-sm text-ink">
          <p>{t('chat.readOnly')}</p>
          <div class="flex flex-wrap gap-2">
            <Button class="min-h-9 px-4" onClick={() => void continueConversation(chatSummary()?.id)}>
              {t('chat.continueThis')}
            </Button>
            <Button variant="secondary" class="min-h-9 px-4" onClick={() => void backToCurrent()}>
              {t('chat.backToChat')}
            </Button>
          </div>
        </div>
      </Match>
      <Match
        when={
          chatSummary()?.status === 'waiting' || chatSummary()?.status === 'staff' || chatSummary()?.status === 'closed'
        }
      >
        <p class="flex items-center gap-2 border-b border-line bg-accent-soft px-4 py-2 text-sm font-medium text-accent-strong">
          <Show when={chatSummary()?.status === 'waiting'}>
            <span aria-hidden="true" class="size-2 shrink-0 animate-pulse rounded-full bg-accent" />
          </Show>
          {t(`chat.status.${chatSummary()!.status as 'waiting' | 'staff' | 'closed'}`)}
        </p>
      </Match>
    </Switch>
  );
}

/**
 * The whole chat: toolbar, conversation (or the past ones), composer. The launcher's dialog and
 * the Support page show the same panel over the same store.
 */
export function ChatPanel(props: {
  headingId: string;
  heading: string;
  onClose?: () => void;
  fieldRef?: (el: HTMLTextAreaElement) => void;
  class?: string;
}) {
  const [showingPast, setShowingPast] = createSignal(false);
  const pastHeadingId = createUniqueId();
  onMount(() => {
    startChat();
    startChatTyping();
  });
  onCleanup(() => setShowingPast(false));

  return (
    <div data-chat-panel class={`flex min-h-0 flex-col bg-white ${props.class ?? ''}`}>
      <div class="flex items-center gap-1 border-b border-line py-1.5 pr-2 pl-4">
        <h2 id={props.headingId} class="flex-1 truncate text-lg font-bold tracking-tight text-ink">
          {props.heading}
        </h2>
        {/* Icon buttons keep the header one row on a phone; their names (and tooltips) say what they do. */}
        <button
          type="button"
          aria-label={t('chat.pastConversations')}
          title={t('chat.pastConversations')}
          aria-pressed={showingPast()}
          onClick={() => setShowingPast(!showingPast())}
          class={ICON_BUTTON}
        >
          <HistoryIcon />
        </button>
        <Show when={chatIsCurrent() && chatMessages().length > 0}>
          <button
            type="button"
            aria-label={t('chat.newConversation')}
            title={t('chat.newConversation')}
            onClick={() => {
              setShowingPast(false);
              void newConversation();
            }}
            class={ICON_BUTTON}
          >
            <NewIcon />
          </button>
        </Show>
        <Show when={props.onClose}>
          {(close) => (
            <button type="button" aria-label={t('chat.close')} onClick={() => close()()} class={ICON_BUTTON}>
              <CloseIcon />
            </button>
          )}
        </Show>
      </div>
      <Toolbar />
      <Show when={chatProblem()}>
        <div
          role="alert"
          class="flex items-start gap-2 border-b border-danger/30 bg-danger-soft px-4 py-2 text-sm font-medium text-danger"
        >
          <p class="flex-1">{chatProblem()}</p>
          <button type="button" aria-label={t('app.dismiss')} onClick={dismissChatProblem} class="rounded-full px-2">
            <CloseIcon class="size-4" strokeWidth={2} />
          </button>
        </div>
      </Show>
      <Switch>
        <Match when={showingPast()}>
          <PastConversations
            headingId={pastHeadingId}
            onBack={() => setShowingPast(false)}
            onOpened={() => setShowingPast(false)}
          />
        </Match>
        <Match when={chatPhase() === 'failed'}>
          <div class="flex-1 space-y-3 px-4 py-6">
            <p class="text-ink-soft">{t('chat.loadFailed')}</p>
            <Button variant="secondary" onClick={() => void reloadChat()}>
              {t('chat.tryAgain')}
            </Button>
          </div>
        </Match>
        <Match when={chatPhase() !== 'ready'}>
          <p class="flex-1 px-4 py-6 text-ink-soft" aria-busy="true">
            {t('chat.loading')}
          </p>
        </Match>
        <Match when={true}>
          <StatusBanner />
          <ChatMessageList />
          {/* Polite and said once: the text changes only when typing starts or stops. */}
          <p role="status" class="px-4 text-xs text-ink-soft">
            {staffTypingName() === null
              ? ''
              : t('chat.staffTyping', { name: staffTypingName() || t('chat.role.staffAnonymous') })}
          </p>
          <Show when={chatIsCurrent()}>
            <ChatComposer ref={props.fieldRef} />
          </Show>
        </Match>
      </Switch>
      <ChatAnnouncer />
    </div>
  );
}
