import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChatSummary } from './chat.js';
import { matchesDeskView } from './desk-filter.js';
import type { StaffOverviewQuery } from './desk-triage.js';
import type { StaffConversation } from './staff.js';

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
      updatedAt: '',
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

const rows = [
  row(1),
  row(2, { status: 'waiting' }, { priority: 'urgent' }),
  row(3, { status: 'staff' }, { assignee: SAM, tags: ['refund'] }),
  row(4, {}, { assignee: SAM, deskStatus: 'snoozed' }), // mine while the assistant speaks
  row(5, { flagged: true }, { assignee: ADA, deskStatus: 'pending', tags: ['refund', 'vip'] }),
  row(6, { status: 'closed', flagged: true }, { deskStatus: 'resolved' }),
];

const cases: [StaffOverviewQuery, number | null, number[]][] = [
  [{}, 1, [1, 2, 3, 4, 5, 6]],
  [{ view: 'all' }, 1, [1, 2, 3, 4, 5, 6]],
  [{ view: 'mine' }, 1, [3, 4]],
  [{ view: 'mine' }, null, []],
  [{ view: 'unassigned' }, 1, [1, 2]],
  [{ view: 'waiting' }, 1, [2]],
  [{ view: 'frustrated' }, 1, [5]],
  [{ deskStatus: 'snoozed' }, 1, [4]],
  [{ deskStatus: 'resolved' }, 1, [6]],
  [{ priority: 'urgent' }, 1, [2]],
  [{ tag: 'refund' }, 1, [3, 5]],
  [{ view: 'mine', tag: 'refund' }, 1, [3]],
  [{ view: 'unassigned', priority: 'normal' }, 1, [1]],
  [{ view: 'frustrated', deskStatus: 'open' }, 1, []],
];
for (const [query, me, ids] of cases) {
  test(`[VIEW1] ${JSON.stringify(query)} as ${me ?? 'nobody yet'}`, () => {
    assert.equal(
      rows.filter((r) => matchesDeskView(r, query, me)).map((r) => r.chat.id),
      ids,
    );
  });
}

test.run();
