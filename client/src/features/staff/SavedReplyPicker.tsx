import { createMemo, createSignal, createUniqueId, For, type JSX } from 'solid-js';
import type { SavedReply } from '../../../../shared/saved-replies.js';
import { t } from '../../i18n/index.js';
import { errorMessage } from '../../lib/errors.js';
import { fillSavedReply, savedReplies, useSavedReplies } from './saved-replies.store.js';
import { matchSavedReplies, replaceTrigger, slashTrigger } from './slash-trigger.js';

interface PickerOptions {
  chatId: number;
  text: () => string;
  setText: (value: string) => void;
  field: () => HTMLTextAreaElement | undefined;
}

/**
 * The saved replies a `/` in the reply box offers ([SAVED4]), with the combobox pattern's keys and
 * states: a listbox follows the text after the `/`, the active option is the field's
 * aria-activedescendant; arrows move, Enter or Tab inserts (the `/query` becomes the reply, filled
 * in on the server), Escape closes until the next `/`. The field keeps its native textbox role:
 * ARIA in HTML allows no other role on a textarea, and a screen reader must still know it is
 * multi-line; textbox takes aria-autocomplete, aria-controls and aria-activedescendant, and the
 * list opening is said in a status line, since textbox has no aria-expanded.
 */
export function createSavedReplyPicker(options: PickerOptions) {
  useSavedReplies();
  const listId = createUniqueId();
  const [caret, setCaret] = createSignal(0);
  const [active, setActive] = createSignal(0);
  const [dismissed, setDismissed] = createSignal<number | null>(null);
  const [notice, setNotice] = createSignal('');
  const trigger = createMemo(() => slashTrigger(options.text(), caret()));
  const matches = createMemo(() => {
    const found = trigger();
    return found ? matchSavedReplies(savedReplies(), found.query).slice(0, 8) : [];
  });
  const open = () => {
    const found = trigger();
    return found !== null && found.start !== dismissed() && matches().length > 0;
  };
  const optionId = (index: number) => `${listId}-${index}`;

  /** Follow the caret (typing, clicks, arrow keys): the `/query` is read up to it. */
  function track(field: HTMLTextAreaElement) {
    setCaret(field.selectionStart ?? field.value.length);
    setActive((i) => Math.min(i, Math.max(0, matches().length - 1)));
  }

  async function insert(reply: SavedReply) {
    const at = trigger();
    if (!at) return;
    setDismissed(at.start);
    const result = await fillSavedReply(options.chatId, reply.id);
    if (!result.ok) return void setNotice(errorMessage(result.error));
    const now = options.text();
    // The field may have changed while the fill was on its way: replace the `/query` if it is still there.
    const still = now.slice(at.start, at.start + 1 + at.query.length) === `/${at.query}`;
    const next = still
      ? replaceTrigger(now, at, result.data.text)
      : { text: now + result.data.text, caret: now.length + result.data.text.length };
    options.setText(next.text);
    const field = options.field();
    field?.focus();
    field?.setSelectionRange(next.caret, next.caret);
    setCaret(next.caret);
    const { missing } = result.data;
    setNotice(
      missing.length ? t('staffDesk.savedReplies.missing', { names: missing.map((m) => `{{${m}}}`).join(', ') }) : '',
    );
  }

  /** The field's keys while the list is open; true when the key was the list's. */
  function onKeyDown(event: KeyboardEvent): boolean {
    if (!open() || event.isComposing) return false;
    const count = matches().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey)) {
      const chosen = matches()[active()];
      if (chosen) void insert(chosen);
    } else if (event.key === 'Escape') {
      setDismissed(trigger()!.start);
    } else return false;
    event.preventDefault();
    return true;
  }

  const aria = {
    'aria-autocomplete': 'list',
    'aria-controls': listId,
    get 'aria-activedescendant'() {
      return open() ? optionId(active()) : undefined;
    },
  } as const;

  function List(): JSX.Element {
    return (
      <ul
        id={listId}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA combobox pattern: the list is the field's listbox, focus stays in the field (aria-activedescendant)
        role="listbox"
        aria-label={t('staffDesk.savedReplies.suggestions')}
        hidden={!open()}
        class="absolute right-0 bottom-full left-0 z-10 mb-1 max-h-64 overflow-y-auto rounded-xl border border-line bg-white p-1 shadow-lg"
      >
        <For each={open() ? matches() : []}>
          {(reply, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: an option of the combobox: the keyboard moves through the options from the field (arrows, Enter, Tab), the pointer clicks them
            <li
              id={optionId(index())}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the combobox's listbox
              role="option"
              aria-selected={index() === active() ? 'true' : 'false'}
              // Keep focus in the field: the click must not blur it before inserting.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void insert(reply)}
              onMouseMove={() => setActive(index())}
              class={`cursor-pointer rounded-lg px-3 py-2 ${index() === active() ? 'bg-mist outline-2 outline-accent' : ''}`}
            >
              <span class="block text-sm font-semibold text-ink">{reply.title}</span>
              <span class="block truncate text-xs text-ink-soft">{reply.body}</span>
            </li>
          )}
        </For>
      </ul>
    );
  }

  /** Said politely: how many replies the list offers, and which variables had no value here (left to fill in by hand). */
  function Notice(): JSX.Element {
    return (
      <>
        <p role="status" class="sr-only">
          {open() ? t('staffDesk.savedReplies.offered', { count: matches().length }) : ''}
        </p>
        <p role="status" class="mt-1 text-sm font-medium text-ink empty:hidden">
          {notice()}
        </p>
      </>
    );
  }

  return { aria, track, onKeyDown, List, Notice };
}
