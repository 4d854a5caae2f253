import { A } from '@solidjs/router';
import { createEffect, createUniqueId, Index, Match, on, Show, Switch } from 'solid-js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { ChatMessageItem } from '../chat/ChatMessageItem.js';
import {
  reloadWatched,
  shopperEmail,
  typingNow,
  watchedMessages,
  watchedRow,
  watchPhase,
} from './staff-conversation.store.js';
import { me } from './staff.store.js';
import { OnlineDot, shopperLabel, StatusPill } from './StaffConversationList.js';
import { StaffActions } from './StaffActions.js';
import { StaffDeskControls } from './StaffDeskControls.js';
import { StaffReplyBox } from './StaffReplyBox.js';
import { StaffShopperPanel } from './StaffShopperPanel.js';

function BackIcon() {
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
      <path d="M15 5l-7 7 7 7" />
    </svg>
  );
}

/** The transcript as the shopper sees it, streaming through the chat's own components; cards read-only. */
function Transcript() {
  let scroller: HTMLDivElement | undefined;
  let pinned = true;
  createEffect(
    on(watchedMessages, () => {
      if (scroller && pinned) scroller.scrollTop = scroller.scrollHeight;
    }),
  );
  return (
    <div
      ref={scroller}
      onScroll={() => {
        if (scroller) pinned = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
      }}
      class="h-[55dvh] min-h-64 overflow-y-auto overscroll-contain rounded-2xl border border-line bg-white px-4 py-4 lg:h-[60dvh]"
    >
      <Show when={watchedMessages().length > 0} fallback={<p class="text-ink-soft">{t('staff.conversation.empty')}</p>}>
        <ol aria-label={t('staff.conversation.transcript')} class="flex flex-col gap-4">
          <Index each={watchedMessages()}>{(message) => <ChatMessageItem message={message()} staffView />}</Index>
        </ol>
      </Show>
    </div>
  );
}

function TypingLine() {
  const text = () => {
    const now = typingNow();
    if (!now) return '';
    return now.role === 'user'
      ? t('staff.conversation.shopperTyping')
      : t('staff.conversation.staffTyping', { name: now.name ?? '' });
  };
  // Polite and said once: the text changes only when typing starts or stops.
  return (
    <p role="status" class="min-h-5 px-1 text-sm text-ink-soft">
      {text()}
    </p>
  );
}

/** One conversation: who, its state and actions, the live transcript and reply box; the shopper's cart and orders beside it. */
export function StaffConversationView(props: { chatId: number }) {
  const headingId = createUniqueId();
  const mine = () => {
    const row = watchedRow();
    return row?.chat.status === 'staff' && row.assignee?.id === me()?.id;
  };
  return (
    <section aria-labelledby={headingId} class="min-w-0 space-y-3">
      <A
        href="/staff"
        class="inline-flex min-h-11 items-center gap-1 rounded-full pr-3 text-sm font-semibold text-ink hover:bg-mist lg:hidden"
      >
        <BackIcon />
        {t('staff.conversation.back')}
      </A>
      <Switch>
        <Match when={watchPhase() === 'failed'}>
          <div class="space-y-3">
            <p class="text-ink-soft">{t('staff.loadFailed')}</p>
            <Button variant="secondary" onClick={() => reloadWatched()}>
              {t('staff.tryAgain')}
            </Button>
          </div>
        </Match>
        <Match when={watchPhase() !== 'ready' || !watchedRow()}>
          <p class="text-ink-soft" aria-busy="true">
            {t('staff.conversation.loading')}
          </p>
        </Match>
        <Match when={watchedRow()}>
          {(row) => (
            <>
              <header class="space-y-1">
                <h2 id={headingId} class="text-xl font-bold tracking-tight text-ink">
                  {t('staff.conversation.heading', { name: shopperLabel(row()) })}
                </h2>
                <p class="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-soft">
                  <StatusPill row={row()} />
                  <span>
                    {t('staff.conversation.department', { name: t(`chat.departments.${row().chat.department}`) })}
                  </span>
                  <Show when={shopperEmail()}>
                    {(email) => <span class="break-all">{t('staff.conversation.email', { email: email() })}</span>}
                  </Show>
                  <OnlineDot tabs={row().shopperTabs} />
                  <Show when={row().chat.flagged}>
                    <span class="rounded-full bg-danger-soft px-2 py-0.5 text-xs font-semibold text-danger">
                      {t('staff.list.frustrated')}
                    </span>
                  </Show>
                </p>
              </header>
              <StaffActions chatId={props.chatId} row={row()} mine={mine()} />
              <StaffDeskControls row={row()} />
              <div class="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_20rem]">
                <div class="min-w-0 space-y-2">
                  <Transcript />
                  <TypingLine />
                  <StaffReplyBox chatId={props.chatId} mine={mine()} closed={row().chat.status === 'closed'} />
                </div>
                <StaffShopperPanel />
              </div>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
