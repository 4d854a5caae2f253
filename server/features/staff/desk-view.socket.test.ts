import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { matchesDeskView } from '../../../shared/desk-filter.js';
import type { StaffOverviewQuery } from '../../../shared/desk-triage.js';
import { startChatApp } from '../../test/chat-helpers.js';
import { conversation, namedStaff, type NamedStaff } from '../../test/desk-helpers.js';
import type { TestApp } from '../../test/harness.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; ada: NamedStaff; bea: NamedStaff; ids: number[] }>(
  'staff: the overview filtered on the server',
);
test.before(async (ctx) => {
  ctx.app = (await startChatApp()).app;
  ctx.ada = await namedStaff(ctx.app, 'Ada');
  ctx.bea = await namedStaff(ctx.app, 'Bea');
  const { ada, bea } = ctx;
  const made = [];
  for (let i = 0; i < 6; i++) made.push(await conversation(ctx.app));
  const [, waiting, mine, beas, snoozed, closed] = made.map((c) => c.chatId) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  ok(await made[1]!.shopper.emitWithAck('chat:request-human', { chatId: waiting }));
  ok(await ada.socket.emitWithAck('staff:assign', { chatId: mine, toId: ada.id, expectedAssigneeId: null }));
  ok(await ada.socket.emitWithAck('staff:set-tags', { chatId: mine, tags: ['refund'] }));
  ok(await ada.socket.emitWithAck('staff:assign', { chatId: beas, toId: bea.id, expectedAssigneeId: null }));
  ok(await ada.socket.emitWithAck('staff:set-tags', { chatId: beas, tags: ['refund', 'vip'] }));
  ok(await ada.socket.emitWithAck('staff:set-priority', { chatId: waiting, priority: 'urgent' }));
  const until = new Date(ctx.app.clock.now + 3_600_000).toISOString();
  ok(await ada.socket.emitWithAck('staff:set-status', { chatId: snoozed, status: 'snoozed', snoozedUntil: until }));
  ok(await ada.socket.emitWithAck('staff:close', { chatId: closed, resolution: 'Done' }));
  ctx.ids = made.map((c) => c.chatId);
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const QUERIES: StaffOverviewQuery[] = [
  {},
  { view: 'mine' },
  { view: 'unassigned' },
  { view: 'waiting' },
  { view: 'frustrated' },
  { deskStatus: 'snoozed' },
  { deskStatus: 'resolved' },
  { priority: 'urgent' },
  { tag: 'refund' },
  { view: 'mine', tag: 'refund' },
  { view: 'unassigned', priority: 'urgent' },
];

test('[VIEW1] the server filters in SQL exactly as matchesDeskView places pushed rows', async ({ ada, ids }) => {
  const all = ok(await ada.socket.emitWithAck('staff:overview', {}));
  const ours = all.conversations.filter((r) => ids.includes(r.chat.id));
  assert.is(ours.length, ids.length);
  const seen: Record<string, number> = {};
  for (const query of QUERIES) {
    const listed = ok(await ada.socket.emitWithAck('staff:overview', query)).conversations.filter((r) =>
      ids.includes(r.chat.id),
    );
    const expected = ours.filter((r) => matchesDeskView(r, query, all.me.id));
    assert.equal(
      listed.map((r) => r.chat.id),
      expected.map((r) => r.chat.id),
      JSON.stringify(query),
    );
    seen[JSON.stringify(query)] = listed.length;
  }
  assert.equal(seen, {
    '{}': 6,
    '{"view":"mine"}': 1,
    '{"view":"unassigned"}': 3,
    '{"view":"waiting"}': 1,
    '{"view":"frustrated"}': 0,
    '{"deskStatus":"snoozed"}': 1,
    '{"deskStatus":"resolved"}': 1,
    '{"priority":"urgent"}': 1,
    '{"tag":"refund"}': 2,
    '{"view":"mine","tag":"refund"}': 1,
    '{"view":"unassigned","priority":"urgent"}': 1,
  });
});

test('[VIEW1] the query is checked: unknown views, statuses, priorities and keys are refused by field', async ({
  ada,
}) => {
  for (const [query, field] of [
    [{ view: 'everything' }, 'view'],
    [{ deskStatus: 'sleeping' }, 'deskStatus'],
    [{ priority: 'asap' }, 'priority'],
    [{ tag: 'no<b>' }, 'tag'],
    [{ page: 2 }, 'page'],
  ] as const) {
    const ack = await ada.socket.emitWithAck('staff:overview', query as never);
    assert.ok(!ack.ok && ack.error.code === 'bad_request' && field in (ack.error.fields ?? {}), JSON.stringify(ack));
  }
});

test.run();
