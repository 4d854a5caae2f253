import { createSignal, createUniqueId, onCleanup, Show } from 'solid-js';
import type { STAFF_REPLY_MAX_LENGTH } from '../../../../shared/staff.js';
import { t } from '../../i18n/index.js';
import { newUuid } from '../../lib/uuid.js';
import { Button } from '../../ui/Button.js';
import { createTypingSignal } from '../chat/typing-signal.js';
import { onDeskCommand } from './desk-commands.js';
import { sendReply, sendStaffTyping } from './staff-actions.js';
import { enterSends } from './enter-sends.js';
import { createSavedReplyPicker } from './SavedReplyPicker.js';

// Typed against the shared limit without importing shared/staff.ts at run time: it brings zod along.
const MAX_LENGTH: typeof STAFF_REPLY_MAX_LENGTH = 2000;

/** The reply field (Enter sends, Shift+Enter adds a line) and its typing indicator, for the assignee only. */
export function StaffReplyBox(props: { chatId: number; mine: boolean; closed: boolean }) {
  const id = createUniqueId();
  const [text, setText] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  // Kept until the reply is stored, so sending again after a lost answer cannot post it twice.
  let clientId = newUuid();
  const chatId = props.chatId;
  const typing = createTypingSignal((on) => sendStaffTyping(chatId, on));
  onCleanup(() => typing.stop());
  let area: HTMLTextAreaElement | undefined;
  const picker = createSavedReplyPicker({ chatId, text, setText, field: () => area });
  onDeskCommand('focus-reply', () => area?.isConnected && area.focus());

  async function send() {
    const value = text().trim();
    if (!value || busy()) return;
    typing.stop();
    setBusy(true);
    const problem = await sendReply(props.chatId, value, clientId);
    setBusy(false);
    setError(problem);
    if (problem) return;
    clientId = newUuid();
    setText('');
  }

  return (
    <Show
      when={props.mine}
      fallback={
        <Show when={!props.closed}>
          <p class="px-1 text-sm text-ink-soft">{t('staff.reply.takeOverFirst')}</p>
        </Show>
      }
    >
      <form
        class="rounded-2xl border border-line bg-white p-2 sm:p-3"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        {/* On a phone the "Reply" tab just above says it; the field keeps its name. */}
        <label for={id} class="block text-sm font-semibold text-ink max-sm:sr-only">
          {t('staff.reply.label')}
        </label>
        <div class="relative flex items-end gap-2 sm:mt-1.5">
          <picker.List />
          <textarea
            ref={area}
            {...picker.aria}
            id={id}
            rows={2}
            maxLength={MAX_LENGTH}
            value={text()}
            aria-describedby={`${id}-hint${error() ? ` ${id}-error` : ''}`}
            aria-invalid={error() ? 'true' : undefined}
            onInput={(event) => {
              setText(event.currentTarget.value);
              picker.track(event.currentTarget);
              if (event.currentTarget.value) typing.input();
              else typing.stop();
            }}
            onClick={(event) => picker.track(event.currentTarget)}
            onKeyUp={(event) => picker.track(event.currentTarget)}
            onKeyDown={(event) => {
              if (!picker.onKeyDown(event)) enterSends(event, () => void send());
            }}
            class="block min-h-11 w-full flex-1 resize-y rounded-xl border border-line bg-white px-3 py-2 text-base leading-6 text-ink"
          />
          <Button type="submit" class="shrink-0" busy={busy()} disabled={!text().trim()}>
            {t('staff.reply.send')}
          </Button>
        </div>
        <p id={`${id}-hint`} class="mt-1 hidden text-xs text-ink-soft sm:block">
          {t('staff.reply.hint')}
        </p>
        <picker.Notice />
        <Show when={error()}>
          <p id={`${id}-error`} role="alert" class="mt-1 text-sm font-medium text-danger">
            {error()}
          </p>
        </Show>
      </form>
    </Show>
  );
}
