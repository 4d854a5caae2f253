import { onCleanup, onMount } from 'solid-js';
import { focusSearch, runDeskCommand, shownOrder, writeNote } from './desk-commands.js';
import { deskActionFor, stepConversation, takesText } from './desk-keys.js';

export interface DeskKeyboard {
  selected: () => number | null;
  open: (chatId: number) => void;
  showShortcuts: () => void;
  /** On a phone: back one pane; false when already at the list (or at desktop widths). */
  back: () => boolean;
  list: () => HTMLElement | undefined;
}

const rowLink = (list: HTMLElement | undefined, current = false) =>
  list?.querySelector<HTMLElement>(current ? 'a[aria-current]' : 'a[href^="/staff/chats/"]') ?? null;

/**
 * The desk's keys ([SHELL3]), on the document while the desk is mounted (never on the
 * storefront). The table in desk-keys.ts says which key means what; this file does it.
 */
export function useDeskKeyboard(desk: DeskKeyboard): void {
  function step(by: 1 | -1) {
    const id = stepConversation(shownOrder(), desk.selected(), by);
    if (id === null || id === desk.selected()) return;
    const fromList = desk.list()?.contains(document.activeElement) ?? false;
    desk.open(id);
    // After the route has rendered the new selection: keep it in view, and focus with it when it was in the list.
    requestAnimationFrame(() => {
      const row = rowLink(desk.list(), true);
      row?.scrollIntoView({ block: 'nearest' });
      if (fromList) row?.focus();
    });
  }

  function leaveField(field: HTMLElement) {
    const pane = field.closest<HTMLElement>('[data-desk-pane]');
    if (pane) pane.focus({ preventScroll: true });
    else field.blur();
  }

  function onKeyDown(event: KeyboardEvent) {
    // A modal open (the shortcuts sheet) has the keyboard; a key already handled is not ours.
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const typing = takesText(target);
    const action = deskActionFor({ ...pick(event), typing });
    if (!action) return;
    let done = true;
    switch (action) {
      case 'next':
      case 'previous':
        step(action === 'next' ? 1 : -1);
        break;
      case 'focus-reply':
        runDeskCommand('focus-reply');
        break;
      case 'write-note':
        // No conversation open (nothing answers): the reply box is not there either.
        if (!writeNote()) runDeskCommand('focus-reply');
        break;
      case 'take-over':
      case 'hand-back':
      case 'close':
        runDeskCommand(action);
        break;
      case 'focus-search':
        if (!focusSearch()) (rowLink(desk.list(), true) ?? rowLink(desk.list()))?.focus();
        break;
      case 'show-shortcuts':
        desk.showShortcuts();
        break;
      case 'escape':
        if (typing && target) leaveField(target);
        else done = desk.back();
        break;
    }
    // The key is spent: r must not type an "r" into the field it just focused.
    if (done) event.preventDefault();
  }

  onMount(() => document.addEventListener('keydown', onKeyDown));
  onCleanup(() => document.removeEventListener('keydown', onKeyDown));
}

const pick = (e: KeyboardEvent) => ({
  key: e.key,
  altKey: e.altKey,
  ctrlKey: e.ctrlKey,
  metaKey: e.metaKey,
  shiftKey: e.shiftKey,
  isComposing: e.isComposing,
});
