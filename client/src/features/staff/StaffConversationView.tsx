import { A } from '@solidjs/router';
import { createEffect, createMemo, createSignal, createUniqueId, Match, on, Show, Switch } from 'solid-js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import {
  reloadWatched,
  shopperEmail,
  typingNow,
  watchedMessages,
  watchedTimeline,
  watchedRow,
  watchPhase,
} from './staff-conversation.store.js';
import { me } from './staff.store.js';
import { OnlineDot, shopperLabel, StatusPill } from './StaffConversationList.js';
import { createBottomPin } from './bottom-pin.js';
import { StaffActions } from './StaffActions.js';
import { StaffComposer } from './StaffComposer.js';
import { StaffDeskControls } from './StaffDeskControls.js';
import { StaffIntakeBadges } from './StaffIntakeBadges.js';
import { StaffRowMeasures } from './StaffRowMeasures.js';
import { StaffTimeline } from './StaffTimeline.js';

/** A one-path line icon of the header: back (a left chevron) and the disclosure's chevron. */
function LineIcon(props: { d: string; class: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      class={props.class}
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={props.d} />
    </svg>
  );
}

/** The transcript as the shopper sees it, streaming through the chat's own components; cards read-only. */
function Transcript() {
  let scroller: HTMLDivElement | undefined;
  const pin = createBottomPin(() => scroller);
  createEffect(on(watchedTimeline, pin.follow));
  return (
    <div
      ref={scroller}
      onScroll={pin.onScroll}
      class="min-h-0 flex-1 overflow-y-auto overscroll-contain bg-white px-4 py-4"
    >
      <Show when={watchedMessages().length > 0} fallback={<p class="text-ink-soft">{t('staff.conversation.empty')}</p>}>
        <ol aria-label={t('staff.conversation.transcript')} class="flex flex-col gap-4">
          <StaffTimeline />
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

/**
 * One conversation, filling its pane: a header (who, its state, the actions), the live
 * transcript that scrolls on its own, and the reply box pinned at the bottom. On a phone the
 * header also leads back to the list and on to the customer pane.
 */
export function StaffConversationView(props: { chatId: number; onShowCustomer: () => void }) {
  const headingId = createUniqueId();
  const actionsId = createUniqueId();
  // Below lg only: whether the folded actions and controls are shown (from lg they always are).
  const [actionsShown, setActionsShown] = createSignal(false);
  // Folded again on another conversation, and once an action changed who has it (take over,
  // hand back, close): what comes next on a phone is the transcript and the reply box.
  const status = createMemo(() => watchedRow()?.chat.status);
  createEffect(on([() => props.chatId, status], () => setActionsShown(false), { defer: true }));
  const mine = () => {
    const row = watchedRow();
    return row?.chat.status === 'staff' && row.assignee?.id === me()?.id;
  };
  return (
    <section aria-labelledby={headingId} class="flex h-full min-h-0 min-w-0 flex-col">
      <div class="flex shrink-0 items-center justify-between gap-2 px-3 pt-2 lg:hidden">
        <A
          href="/staff"
          class="inline-flex min-h-11 items-center gap-1 rounded-full pr-3 text-sm font-semibold text-ink hover:bg-mist"
        >
          <LineIcon d="M15 5l-7 7 7 7" class="size-5" />
          {t('staff.conversation.back')}
        </A>
        <Button variant="secondary" class="min-h-10 px-4" onClick={() => props.onShowCustomer()}>
          {t('desk.panes.customer')}
        </Button>
      </div>
      <Switch>
        <Match when={watchPhase() === 'failed'}>
          <div class="space-y-3 p-4">
            <p class="text-ink-soft">{t('staff.loadFailed')}</p>
            <Button variant="secondary" onClick={() => reloadWatched()}>
              {t('staff.tryAgain')}
            </Button>
          </div>
        </Match>
        <Match when={watchPhase() !== 'ready' || !watchedRow()}>
          <p class="p-4 text-ink-soft" aria-busy="true">
            {t('staff.conversation.loading')}
          </p>
        </Match>
        <Match when={watchedRow()}>
          {(row) => (
            <>
              {/*
               * Scrolls on its own when an action's form is open, so the transcript and reply box stay.
               * Below lg the actions and triage controls fold behind one "Actions" disclosure, so on a
               * phone the header is three short lines and the transcript keeps most of the height.
               */}
              <header class="max-h-[45%] shrink-0 space-y-2 overflow-y-auto border-b border-line px-4 py-2 lg:py-3">
                <div class="flex items-start justify-between gap-2">
                  <h2 id={headingId} class="min-w-0 text-lg font-bold tracking-tight break-words text-ink lg:text-xl">
                    {t('staff.conversation.heading', { name: shopperLabel(row()) })}
                  </h2>
                  <Button
                    variant="secondary"
                    class="min-h-10 shrink-0 px-4 lg:hidden"
                    aria-expanded={actionsShown()}
                    aria-controls={actionsId}
                    onClick={() => setActionsShown(!actionsShown())}
                  >
                    {t('staff.actions.disclosure')}
                    <LineIcon
                      d="M6 9l6 6 6-6"
                      class={`size-4 transition-transform ${actionsShown() ? 'rotate-180' : ''}`}
                    />
                  </Button>
                </div>
                <p class="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-soft">
                  <StatusPill row={row()} />
                  <Show when={row().assignee}>{(a) => <span>{t('triage.assignedTo', { name: a().name })}</span>}</Show>
                  <OnlineDot tabs={row().shopperTabs} />
                  <StaffRowMeasures row={row()} comment />
                  <Show when={row().chat.flagged}>
                    <span class="rounded-full bg-danger-soft px-2 py-0.5 text-xs font-semibold text-danger">
                      {t('staff.list.frustrated')}
                    </span>
                  </Show>
                  <StaffIntakeBadges row={row()} detail />
                </p>
                {/* From lg one wrapping row: the actions' and the triage controls' parts are its items. */}
                <div
                  id={actionsId}
                  class={`flex flex-col gap-2 lg:flex-row lg:flex-wrap lg:items-center lg:gap-x-2 lg:gap-y-1.5 ${actionsShown() ? '' : 'max-lg:hidden'}`}
                >
                  <p class="flex w-full flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-soft lg:order-first">
                    <span>
                      {t('staff.conversation.department', { name: t(`chat.departments.${row().chat.department}`) })}
                    </span>
                    <Show when={shopperEmail()}>
                      {(email) => <span class="break-all">{t('staff.conversation.email', { email: email() })}</span>}
                    </Show>
                  </p>
                  <StaffActions
                    chatId={props.chatId}
                    row={row()}
                    mine={mine()}
                    onFormOpened={() => setActionsShown(true)}
                  />
                  <StaffDeskControls row={row()} />
                </div>
              </header>
              <Transcript />
              <div class="shrink-0 space-y-1 border-t border-line bg-white px-3 pt-1 pb-3">
                <TypingLine />
                <StaffComposer chatId={props.chatId} mine={mine()} closed={row().chat.status === 'closed'} />
              </div>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
