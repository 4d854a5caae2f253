import { createSignal, createUniqueId, For, onMount, Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { onDeskCommand } from './desk-commands.js';
import { SavedRepliesDialog } from './SavedRepliesDialog.js';
import { StaffNoteBox } from './StaffNoteBox.js';
import { StaffReplyBox } from './StaffReplyBox.js';

type Mode = 'reply' | 'note';
const MODES: readonly Mode[] = ['reply', 'note'];

/**
 * The reply area: a tab list switches between the reply to the shopper (the assignee's, as
 * before) and an internal note (anyone's, [NOTE1]); both stay mounted, so a draft survives the
 * switch. The saved replies manager opens from here.
 */
export function StaffComposer(props: { chatId: number; mine: boolean; closed: boolean }) {
  const id = createUniqueId();
  const [mode, setMode] = createSignal<Mode>('reply');
  const [managing, setManaging] = createSignal(false);
  const tabs: Partial<Record<Mode, HTMLButtonElement>> = {};
  let opener: HTMLButtonElement | undefined;
  const panels: Partial<Record<Mode, HTMLDivElement>> = {};
  // `r` and `n` ([SHELL3]): show the mode's panel, then focus its field. Registered after the
  // boxes inside register theirs, so these answer (the last one registered does).
  const focusMode = (m: Mode) => {
    setMode(m);
    panels[m]?.querySelector<HTMLTextAreaElement>('textarea:not([disabled])')?.focus();
  };
  onMount(() => {
    onDeskCommand('focus-reply', () => focusMode('reply'));
    onDeskCommand('write-note', () => focusMode('note'));
  });

  // Arrow keys move between the tabs and choose (the tab list's usual keys); Tab leaves the list.
  function onTabKey(event: KeyboardEvent) {
    const at = MODES.indexOf(mode());
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: MODES.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const chosen = MODES[(next + MODES.length) % MODES.length]!;
    setMode(chosen);
    tabs[chosen]?.focus();
  }

  return (
    <div class="space-y-2">
      {/* One row at 375 px too: the reply tab says "Reply" there (its name stays whole). */}
      <div class="flex flex-wrap items-center justify-between gap-2">
        <div role="tablist" aria-label={t('staffDesk.composer.modes')} class="flex gap-1 rounded-full bg-mist p-1">
          <For each={MODES}>
            {(m) => (
              <button
                ref={(el) => (tabs[m] = el)}
                type="button"
                role="tab"
                id={`${id}-tab-${m}`}
                aria-selected={mode() === m ? 'true' : 'false'}
                aria-controls={`${id}-panel-${m}`}
                tabIndex={mode() === m ? 0 : -1}
                aria-label={t(`staffDesk.composer.${m}`)}
                onClick={() => setMode(m)}
                onKeyDown={onTabKey}
                class={`min-h-11 rounded-full px-3 text-sm font-semibold sm:px-4 ${
                  mode() === m
                    ? m === 'note'
                      ? 'bg-amber-200 text-amber-950'
                      : 'bg-white text-ink shadow-xs'
                    : 'text-ink-soft'
                }`}
              >
                <span class="sm:hidden">{t(`staffDesk.composer.${m}Short`)}</span>
                <span class="max-sm:hidden">{t(`staffDesk.composer.${m}`)}</span>
              </button>
            )}
          </For>
        </div>
        <Button ref={(el) => (opener = el)} variant="secondary" class="px-4" onClick={() => setManaging(true)}>
          {t('staffDesk.savedReplies.open')}
        </Button>
      </div>
      <div
        ref={(el) => (panels.reply = el)}
        role="tabpanel"
        id={`${id}-panel-reply`}
        aria-labelledby={`${id}-tab-reply`}
        hidden={mode() !== 'reply'}
      >
        <Show when={props.closed && !props.mine}>
          <p class="px-1 text-sm text-ink-soft">{t('staffDesk.composer.closed')}</p>
        </Show>
        <StaffReplyBox chatId={props.chatId} mine={props.mine} closed={props.closed} />
      </div>
      <div
        ref={(el) => (panels.note = el)}
        role="tabpanel"
        id={`${id}-panel-note`}
        aria-labelledby={`${id}-tab-note`}
        hidden={mode() !== 'note'}
      >
        <StaffNoteBox chatId={props.chatId} />
      </div>
      <Show when={managing()}>
        <SavedRepliesDialog
          onClose={() => {
            setManaging(false);
            opener?.focus();
          }}
        />
      </Show>
    </div>
  );
}
