import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChatMessage } from '../../../../shared/chat.js';
import type { StaffNote } from '../../../../shared/staff.js';
import { mergeTimeline } from './staff-timeline.js';

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, s)).toISOString();
const message = (id: number, s: number): ChatMessage => ({
  id,
  role: 'user',
  content: `m${id}`,
  status: 'complete',
  cards: [],
  createdAt: t(s),
});
const note = (id: number, s: number): StaffNote => ({
  id,
  chatId: 1,
  author: 'Sam',
  content: `n${id}`,
  createdAt: t(s),
});
const shape = (items: ReturnType<typeof mergeTimeline>) =>
  items.map((i) => (i.kind === 'note' ? `n${i.note.id}` : `m${i.message.id}`));

test('[NOTE4] notes stand among the messages by time; a note after the messages of its own second', () => {
  const messages = [message(1, 0), message(2, 10), message(3, 20)];
  assert.equal(shape(mergeTimeline(messages, [])), ['m1', 'm2', 'm3']);
  assert.equal(shape(mergeTimeline(messages, [note(2, 15), note(1, 5)])), ['m1', 'n1', 'm2', 'n2', 'm3']);
  assert.equal(shape(mergeTimeline(messages, [note(1, 10)])), ['m1', 'm2', 'n1', 'm3']);
  assert.equal(shape(mergeTimeline(messages, [note(5, 30), note(4, 30)])), ['m1', 'm2', 'm3', 'n4', 'n5']);
  assert.equal(shape(mergeTimeline([], [note(1, 0)])), ['n1']);
});

test('[NOTE4] messages keep their own order even when their times are not', () => {
  const messages = [message(1, 0), message(2, 20), message(3, 10)];
  assert.equal(shape(mergeTimeline(messages, [note(1, 15)])), ['m1', 'n1', 'm2', 'm3']);
});

test.run();
