import { createSignal, createUniqueId, Show } from 'solid-js';
import type { MESSAGE_MAX_LENGTH } from '../../../../shared/chat.js';
import { t } from '../../i18n/index.js';
import { Button } from '../../ui/Button.js';
import { sendMessage, stopAnswer, streaming } from './chat.store.js';
import { noteShopperTyping, shopperStoppedTyping } from './chat-typing.js';

const MAX_ROWS_PX = 132; // about five lines
// Typed against the shared limit without importing shared/chat.ts at run time: it brings zod along.
const MAX_LENGTH: typeof MESSAGE_MAX_LENGTH = 2000;

/** The message field (grows to a few rows; Enter sends, Shift+Enter adds a line) with Send or Stop. */
export function ChatComposer(props: { ref?: (el: HTMLTextAreaElement) => void }) {
  const id = createUniqueId();
  const [text, setText] = createSignal('');
  const [stopping, setStopping] = createSignal(false);
  let field: HTMLTextAreaElement | undefined;

  function grow() {
    if (!field) return;
    // Empty: one row (a long placeholder would otherwise count as text).
    if (!field.value) {
      field.style.height = '';
      return;
    }
    field.style.height = 'auto';
    field.style.height = `${Math.min(field.scrollHeight, MAX_ROWS_PX)}px`;
  }

  function send() {
    const value = text().trim();
    if (!value || streaming()) return;
    shopperStoppedTyping();
    sendMessage(value);
    setText('');
    queueMicrotask(grow);
    field?.focus();
  }

  async function stop() {
    setStopping(true);
    await stopAnswer();
    setStopping(false);
    field?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  }

  return (
    <form
      class="border-t border-line bg-white px-3 pt-2 pb-3"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label for={id} class="sr-only">
        {t('chat.message')}
      </label>
      <div class="flex items-end gap-2">
        <textarea
          ref={(el) => {
            field = el;
            props.ref?.(el);
          }}
          id={id}
          rows={1}
          maxLength={MAX_LENGTH}
          value={text()}
          placeholder={t('chat.placeholder')}
          aria-describedby={`${id}-hint`}
          onInput={(event) => {
            setText(event.currentTarget.value);
            grow();
            if (event.currentTarget.value) noteShopperTyping();
            else shopperStoppedTyping();
          }}
          onKeyDown={onKeyDown}
          class="block max-h-[8.25rem] min-h-11 w-full flex-1 resize-none rounded-2xl border border-line bg-white px-3.5 py-2.5 text-base leading-6 text-ink placeholder:text-ink-soft/70"
        />
        <Show
          when={streaming()}
          fallback={
            <Button type="submit" class="shrink-0" disabled={!text().trim()}>
              {t('chat.send')}
            </Button>
          }
        >
          <Button variant="secondary" class="shrink-0" busy={stopping()} onClick={() => void stop()}>
            <span aria-hidden="true" class="size-2.5 rounded-[2px] bg-current" />
            {t('chat.stop')}
          </Button>
        </Show>
      </div>
      <p id={`${id}-hint`} class="mt-1 hidden px-1 text-xs text-ink-soft sm:block">
        {t('chat.hint')}
      </p>
    </form>
  );
}
