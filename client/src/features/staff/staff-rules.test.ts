import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChatSummary } from '../../../../shared/chat.js';
import type { StaffConversation } from '../../../../shared/staff.js';
import {
  compareRows,
  isOverdue,
  otherViewers,
  placeRow,
  rowsAt,
  statusOf,
  upsertRow,
  waitingText,
} from './staff-rules.js';

const SAM = { id: 1, name: 'Sam' };
const ADA = { id: 2, name: 'Ada' };

function row(id: number, chat: Partial<ChatSummary> = {}, over: Partial<StaffConversation> = {}): StaffConversation {
  return {
    chat: {
      id,
      title: '',
      department: 'sales',
      status: 'ai',
      flagged: false,
      createdAt: '',
      updatedAt: `2025-01-01T10:00:0${id}Z`,
      lastMessage: '',
      messageCount: 1,
      ...chat,
    },
    shopperName: null,
    shopperMessageCount: 1,
    assignee: null,
    waitingSince: null,
    cartValueCents: 0,
    shopperTabs: 0,
    deskStatus: 'open',
    snoozedUntil: null,
    priority: 'normal',
    tags: [],
    channel: 'chat',
    contactEmail: null,
    callbackRequestedAt: null,
    replyDueAt: null,
    overdue: false,
    viewers: [],
    rating: null,
    ...over,
  };
}

const ai = row(1);
const waitingOld = row(2, { status: 'waiting' }, { waitingSince: '2025-01-01T09:00:00Z' });
const waitingNew = row(3, { status: 'waiting' }, { waitingSince: '2025-01-01T09:30:00Z' });
const mine = row(4, { status: 'staff' }, { assignee: SAM });
const adas = row(5, { status: 'staff', flagged: true }, { assignee: ADA });
const frustrated = row(6, { flagged: true });
const closedFlagged = row(7, { status: 'closed', flagged: true });
const all = [ai, waitingOld, waitingNew, mine, adas, frustrated, closedFlagged];

// Which rows a view shows is shared/desk-filter.test.ts's table; here: a pushed row placed by it.
test('[VIEW1] a pushed row joins the list while it matches the filters and leaves it when it stops', () => {
  const rows = [waitingNew, waitingOld, mine];
  const handedOver = row(4, { status: 'staff' }, { assignee: ADA });
  assert.equal(
    placeRow(rows, handedOver, { view: 'mine' }, SAM).map((r) => r.chat.id),
    [3, 2],
    'no longer mine: it leaves "Mine"',
  );
  assert.equal(
    placeRow(rows, handedOver, {}, SAM).map((r) => r.chat.id),
    [3, 2, 4],
    'still in "All"',
  );
  const assignedToMe = row(1, {}, { assignee: SAM });
  assert.equal(
    placeRow(rows, assignedToMe, { view: 'mine' }, SAM).map((r) => r.chat.id),
    [3, 2, 4, 1],
    'assigned to me while the assistant speaks: it joins "Mine"',
  );
  assert.equal(placeRow(rows, assignedToMe, { view: 'mine' }, null).length, 3, 'not before the console knows who I am');
});

test('[SEEN1] the viewers shown are my colleagues, typing ones first', () => {
  const watched = row(
    8,
    {},
    {
      viewers: [
        { id: SAM.id, name: 'Sam', typing: true },
        { id: 3, name: 'Bea', typing: false },
        { id: ADA.id, name: 'Ada', typing: true },
      ],
    },
  );
  assert.equal(
    otherViewers(watched, SAM).map((v) => v.name),
    ['Ada', 'Bea'],
  );
});

test('order: waiting first, the newest wait first, then the latest activity', () => {
  assert.equal(
    [...all].sort(compareRows).map((r) => r.chat.id),
    [3, 2, 7, 6, 5, 4, 1],
  );
});

test('a pushed row replaces its old self and takes its place in the order', () => {
  const rows = [waitingNew, waitingOld, ai];
  const handedBack = row(3, { status: 'ai', updatedAt: '2025-01-01T10:00:00Z' });
  assert.equal(
    upsertRow(rows, handedBack).map((r) => `${r.chat.id}:${r.chat.status}`),
    ['2:waiting', '1:ai', '3:ai'],
  );
  const fresh = row(9, { status: 'waiting' }, { waitingSince: '2025-01-01T09:45:00Z' });
  assert.equal(
    upsertRow(rows, fresh).map((r) => r.chat.id),
    [9, 3, 2, 1],
  );
});

const at = Date.parse;
const dueSoon = row(10, { status: 'staff', updatedAt: '2025-01-01T10:01:00Z' }, { replyDueAt: '2025-01-01T10:15:00Z' });
const dueLater = row(
  11,
  { status: 'staff', updatedAt: '2025-01-01T10:01:30Z' },
  { replyDueAt: '2025-01-01T10:30:00Z' },
);
const dueLatest = row(
  12,
  { status: 'waiting' },
  { waitingSince: '2025-01-01T10:20:00Z', replyDueAt: '2025-01-01T10:35:00Z' },
);

test('[DUE3] order: overdue first, the most overdue first, then as before', () => {
  const rows = [ai, waitingOld, dueLater, dueLatest, dueSoon, mine];
  const order = (now?: number) => rowsAt(rows, now ?? 0).map((r) => r.chat.id);
  assert.equal(order(at('2025-01-01T10:00:00Z')), [12, 2, 11, 10, 4, 1], 'nothing due yet: the usual order');
  assert.equal(order(at('2025-01-01T10:20:00Z')), [10, 12, 2, 11, 4, 1], 'one past due heads the list');
  assert.equal(order(at('2025-01-01T11:00:00Z')), [10, 11, 12, 2, 4, 1], 'all past due: the earliest due first');
});

test('[DUE3] a row turns overdue as the clock ticks; without a clock, as the server said', () => {
  assert.is(isOverdue(dueSoon, at('2025-01-01T10:15:00Z')), false, 'due is not yet late');
  assert.is(isOverdue(dueSoon, at('2025-01-01T10:15:01Z')), true);
  assert.is(isOverdue({ ...dueSoon, overdue: true }), true);
  assert.is(isOverdue(ai, at('2030-01-01T00:00:00Z')), false, 'owing no reply, never late');
  assert.equal(
    [dueLater, { ...dueSoon, overdue: true }].sort((a, b) => compareRows(a, b)).map((r) => r.chat.id),
    [10, 11],
  );
  const late = row(13, {}, { replyDueAt: '2025-01-01T09:00:00Z', overdue: true });
  assert.equal(
    upsertRow([waitingNew, waitingOld], late, at('2025-01-01T10:00:00Z')).map((r) => r.chat.id),
    [13, 3, 2],
  );
});

test('waiting time in words', () => {
  const table: [number, string][] = [
    [-5, '0 s'],
    [999, '0 s'],
    [42_000, '42 s'],
    [60_000, '1 min 00 s'],
    [185_000, '3 min 05 s'],
    [3_600_000, '1 h 0 min'],
    [4_330_000, '1 h 12 min'],
  ];
  for (const [ms, text] of table) assert.is(waitingText(ms), text, `${ms} ms`);
});

test('status word names the staff member who has it', () => {
  assert.equal(statusOf(mine), { key: 'staff', name: 'Sam' });
  assert.equal(statusOf(waitingOld), { key: 'waiting' });
});

test.run();
