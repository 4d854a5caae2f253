import { createSignal, createUniqueId, onCleanup, Show } from 'solid-js';
import type { NOTE_MAX_LENGTH } from '../../../../shared/staff-notes.js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { request } from '../../lib/socket.js';
import { newUuid } from '../../lib/uuid.js';
import { Button } from '../../ui/Button.js';
import { createTypingSignal } from '../chat/typing-signal.js';
import { enterSends } from './enter-sends.js';
import { sendComposing } from './staff-desk-actions.js';
import { showNote } from './staff-conversation.store.js';
import { LockIcon } from './StaffTimeline.js';

// Typed against the shared limit without importing shared/staff-notes.ts at run time: it brings zod along.
const MAX_LENGTH: typeof NOTE_MAX_LENGTH = 2000;

/** An internal note for the team ([NOTE1]): any staff member, no take-over needed, closed conversations too. */
export function StaffNoteBox(props: { chatId: number }) {
  const id = createUniqueId();
  const [text, setText] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  // Kept until the note is stored, so adding it again after a lost answer cannot store it twice.
  let clientId = newUuid();
  // Colleagues see who is drafting here ([SEEN1]); a note never reaches the shopper, nor does this.
  const chatId = props.chatId;
  const drafting = createTypingSignal((on) => sendComposing(chatId, on));
  onCleanup(() => drafting.stop());

  async function add() {
    const value = text().trim();
    if (!value || busy()) return;
    drafting.stop();
    setBusy(true);
    const result = await request('staff:note', { chatId: props.chatId, text: value, clientId });
    setBusy(false);
    setError(result.ok ? null : errorMessage(result.error));
    if (!result.ok) return;
    showNote(result.data);
    clientId = newUuid();
    setText('');
  }

  return (
    <form
      class="rounded-2xl border border-amber-300 bg-amber-50 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <label for={id} class="flex items-center gap-1.5 text-sm font-semibold text-amber-950">
        <LockIcon />
        {t('staffDesk.note.field')}
      </label>
      <div class="mt-1.5 flex items-end gap-2">
        <textarea
          id={id}
          rows={2}
          maxLength={MAX_LENGTH}
          value={text()}
          aria-describedby={`${id}-hint${error() ? ` ${id}-error` : ''}`}
          aria-invalid={error() ? 'true' : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            if (event.currentTarget.value) drafting.input();
            else drafting.stop();
          }}
          onKeyDown={(event) => enterSends(event, () => void add())}
          class="block min-h-11 w-full flex-1 resize-y rounded-xl border border-amber-300 bg-white px-3 py-2 text-base leading-6 text-ink"
        />
        <Button type="submit" class="shrink-0" busy={busy()} disabled={!text().trim()}>
          {t('staffDesk.note.add')}
        </Button>
      </div>
      <p id={`${id}-hint`} class="mt-1 text-xs text-amber-900">
        {t('staffDesk.note.hint')}
      </p>
      <Show when={error()}>
        <p id={`${id}-error`} role="alert" class="mt-1 text-sm font-medium text-danger">
          {error()}
        </p>
      </Show>
    </form>
  );
}
