import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { deskTitle, markSeen, notifyState, unreadIds } from './desk-attention.js';

const rows = (...counts: [number, number][]) => counts.map(([id, messageCount]) => ({ id, messageCount }));

test('[SHELL4] rows met for the first time are seen: what came before the tab opened is not news', () => {
  const seen = markSeen(new Map(), rows([1, 3], [2, 5]), null);
  assert.equal(unreadIds(seen, rows([1, 3], [2, 5]), null), []);
});

test('[SHELL4] a row whose count grew while it was not open is unread; opening it marks it seen', () => {
  let seen = markSeen(new Map(), rows([1, 3], [2, 5]), 2);
  const later = rows([1, 4], [2, 7]);
  seen = markSeen(seen, later, 2);
  assert.equal(unreadIds(seen, later, 2), [1], 'the open one (2) grew too, but it is on screen');
  seen = markSeen(seen, later, 1);
  assert.equal(unreadIds(seen, later, 1), []);
});

test('[SHELL4] a row left keeps the count it was last shown with', () => {
  let seen = markSeen(new Map(), rows([1, 3]), 1);
  seen = markSeen(seen, rows([1, 3]), null);
  assert.equal(unreadIds(seen, rows([1, 3]), null), []);
  assert.equal(unreadIds(seen, rows([1, 5]), null), [1]);
});

test('[SHELL4] a row new to the tab after it opened starts seen', () => {
  let seen = markSeen(new Map(), rows([1, 3]), null);
  seen = markSeen(seen, rows([1, 3], [8, 1]), null);
  assert.equal(unreadIds(seen, rows([1, 3], [8, 1]), null), []);
  assert.equal(unreadIds(seen, rows([1, 3], [8, 2]), null), [8]);
});

const TITLES: [number, number, string][] = [
  [0, 0, 'VisionX Desk'],
  [2, 1, '(2) 1 waiting · VisionX Desk'],
  [0, 3, '3 waiting · VisionX Desk'],
  [5, 0, '(5) VisionX Desk'],
];
for (const [unread, waiting, title] of TITLES) {
  test(`[SHELL4] the tab title with ${unread} unread and ${waiting} waiting: "${title}"`, () =>
    assert.is(deskTitle(unread, waiting), title));
}

const STATES: [boolean, NotificationPermission, boolean, string][] = [
  [false, 'granted', true, 'unsupported'],
  [true, 'denied', true, 'blocked'],
  [true, 'default', false, 'off'],
  [true, 'default', true, 'off'],
  [true, 'granted', false, 'off'],
  [true, 'granted', true, 'on'],
];
for (const [supported, permission, wanted, state] of STATES) {
  test(`[SHELL5] notifications with support ${supported}, permission ${permission}, asked ${wanted}: ${state}`, () =>
    assert.is(notifyState(supported, permission, wanted), state));
}

test.run();
