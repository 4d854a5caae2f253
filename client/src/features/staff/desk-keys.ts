import type { MessageKey } from '../../i18n/index.js';

/**
 * The desk's keyboard shortcuts as one table ([SHELL3]): the handler (DeskShell) and the
 * "Keyboard shortcuts" dialog both read it, so what the dialog lists is what the keys do.
 */
export type DeskAction =
  | 'next'
  | 'previous'
  | 'focus-reply'
  | 'write-note'
  | 'take-over'
  | 'hand-back'
  | 'close'
  | 'focus-search'
  | 'show-shortcuts'
  | 'escape';

export interface DeskKey {
  /** `KeyboardEvent.key` as the browser reports it (a shifted character is its own key: `?`). */
  key: string;
  alt?: boolean;
}

export interface DeskBinding {
  action: DeskAction;
  keys: readonly DeskKey[];
  /** What the dialog shows for the keys, e.g. "j or Alt+↓". */
  label: MessageKey;
  /** What the action does, in the dialog. */
  does: MessageKey;
  /** Works while typing in a field too (only Escape). */
  inFields?: boolean;
}

export const DESK_KEYS: readonly DeskBinding[] = [
  {
    action: 'next',
    keys: [{ key: 'j' }, { key: 'ArrowDown', alt: true }],
    label: 'desk.keys.next.keys',
    does: 'desk.keys.next.does',
  },
  {
    action: 'previous',
    keys: [{ key: 'k' }, { key: 'ArrowUp', alt: true }],
    label: 'desk.keys.previous.keys',
    does: 'desk.keys.previous.does',
  },
  { action: 'focus-reply', keys: [{ key: 'r' }], label: 'desk.keys.reply.keys', does: 'desk.keys.reply.does' },
  { action: 'write-note', keys: [{ key: 'n' }], label: 'desk.keys.note.keys', does: 'desk.keys.note.does' },
  { action: 'take-over', keys: [{ key: 't' }], label: 'desk.keys.take.keys', does: 'desk.keys.take.does' },
  { action: 'hand-back', keys: [{ key: 'h' }], label: 'desk.keys.back.keys', does: 'desk.keys.back.does' },
  { action: 'close', keys: [{ key: 'c' }], label: 'desk.keys.close.keys', does: 'desk.keys.close.does' },
  { action: 'focus-search', keys: [{ key: '/' }], label: 'desk.keys.search.keys', does: 'desk.keys.search.does' },
  { action: 'show-shortcuts', keys: [{ key: '?' }], label: 'desk.keys.help.keys', does: 'desk.keys.help.does' },
  {
    action: 'escape',
    keys: [{ key: 'Escape' }],
    label: 'desk.keys.escape.keys',
    does: 'desk.keys.escape.does',
    inFields: true,
  },
];

/** The parts of a KeyboardEvent the table looks at, plus whether focus is in a text field. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
  typing: boolean;
}

// A printable character already says whether Shift was down (`?` is Shift+/), so Shift is
// part of the key there; with any other key (Escape, arrows) Shift is a modifier not listed.
const isCharacter = (key: string) => [...key].length === 1;

/** The action a key press asks for, or null: unlisted keys and modifiers, and typing in a field (but Escape). */
export function deskActionFor(press: KeyPress): DeskAction | null {
  if (press.isComposing || press.ctrlKey || press.metaKey) return null;
  if (press.shiftKey && !isCharacter(press.key)) return null;
  for (const binding of DESK_KEYS) {
    if (press.typing && !binding.inFields) continue;
    if (binding.keys.some((k) => k.key === press.key && (k.alt ?? false) === press.altKey)) return binding.action;
  }
  return null;
}

/** Does this element take typed text (where a letter must stay a letter)? */
export function takesText(el: { tagName: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(
    (el.type ?? 'text').toLowerCase(),
  );
}

/**
 * The conversation j/k lands on, in the list's order: from none, the first; at either end it
 * stays; a current one the list no longer shows (filtered out) starts again at the first.
 */
export function stepConversation(order: readonly number[], current: number | null, step: 1 | -1): number | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at === -1) return order[0]!;
  return order[Math.min(order.length - 1, Math.max(0, at + step))]!;
}
