import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DESK_KEYS, deskActionFor, type KeyPress, stepConversation, takesText } from './desk-keys.js';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  typing: false,
  ...over,
});

const CASES: [string, KeyPress, ReturnType<typeof deskActionFor>][] = [
  ['j: next', press('j'), 'next'],
  ['k: previous', press('k'), 'previous'],
  ['Alt+↓: next', press('ArrowDown', { altKey: true }), 'next'],
  ['Alt+↑: previous', press('ArrowUp', { altKey: true }), 'previous'],
  ['r: reply', press('r'), 'focus-reply'],
  ['n: note', press('n'), 'write-note'],
  ['t: take over', press('t'), 'take-over'],
  ['h: hand back', press('h'), 'hand-back'],
  ['c: close', press('c'), 'close'],
  ['/: search', press('/'), 'focus-search'],
  ['? (Shift+/): the sheet', press('?', { shiftKey: true }), 'show-shortcuts'],
  ['Escape', press('Escape'), 'escape'],
  ['Escape while typing still leaves the field', press('Escape', { typing: true }), 'escape'],
  ['j while typing is a letter', press('j', { typing: true }), null],
  ['r while typing is a letter', press('r', { typing: true }), null],
  ['? while typing is a character', press('?', { shiftKey: true, typing: true }), null],
  ['Alt+↓ while typing moves in the field', press('ArrowDown', { altKey: true, typing: true }), null],
  ['plain ↓ scrolls, not a shortcut', press('ArrowDown'), null],
  ['Ctrl+r reloads the page', press('r', { ctrlKey: true }), null],
  ['Cmd+c copies', press('c', { metaKey: true }), null],
  ['Alt+j is not listed', press('j', { altKey: true }), null],
  ['Shift+J is another key', press('J', { shiftKey: true }), null],
  ['Shift+Escape is not listed', press('Escape', { shiftKey: true }), null],
  ['Shift+Alt+↓ is not listed', press('ArrowDown', { altKey: true, shiftKey: true }), null],
  ['an input method composing', press('j', { isComposing: true }), null],
  ['an unlisted key', press('x'), null],
];

for (const [name, input, action] of CASES) {
  test(`[SHELL3] ${name}`, () => assert.is(deskActionFor(input), action));
}

test('[SHELL3] every action has one row in the table, and every key is unique', () => {
  const actions = DESK_KEYS.map((b) => b.action);
  assert.is(new Set(actions).size, actions.length);
  const keys = DESK_KEYS.flatMap((b) => b.keys.map((k) => `${k.alt ? 'Alt+' : ''}${k.key}`));
  assert.is(new Set(keys).size, keys.length);
  assert.equal(
    DESK_KEYS.filter((b) => b.inFields).map((b) => b.action),
    ['escape'],
  );
});

const TEXT: [string, Parameters<typeof takesText>[0], boolean][] = [
  ['a textarea', { tagName: 'TEXTAREA' }, true],
  ['a text input', { tagName: 'INPUT', type: 'text' }, true],
  ['a search input', { tagName: 'INPUT', type: 'search' }, true],
  ['a select', { tagName: 'SELECT' }, true],
  ['an editable element', { tagName: 'DIV', isContentEditable: true }, true],
  ['a radio (the list filter)', { tagName: 'INPUT', type: 'radio' }, false],
  ['a checkbox (the sound switch)', { tagName: 'INPUT', type: 'checkbox' }, false],
  ['a link (a list row)', { tagName: 'A' }, false],
  ['a button', { tagName: 'BUTTON' }, false],
  ['nothing focused', null, false],
];
for (const [name, el, typing] of TEXT) {
  test(`[SHELL3] typing in ${name}: ${typing}`, () => assert.is(takesText(el), typing));
}

const STEPS: [string, number[], number | null, 1 | -1, number | null][] = [
  ['j from none: the first', [4, 7, 9], null, 1, 4],
  ['k from none: the first', [4, 7, 9], null, -1, 4],
  ['j: the next in the list order', [4, 7, 9], 7, 1, 9],
  ['k: the one before', [4, 7, 9], 7, -1, 4],
  ['j at the end stays', [4, 7, 9], 9, 1, 9],
  ['k at the top stays', [4, 7, 9], 4, -1, 4],
  ['an open one the list no longer shows: the first', [4, 7, 9], 5, 1, 4],
  ['an empty list: nothing', [], 5, 1, null],
];
for (const [name, order, current, step, next] of STEPS) {
  test(`[SHELL3] ${name}`, () => assert.is(stepConversation(order, current, step), next));
}

test.run();
