import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChatMessage } from '../../../../shared/chat.js';
import { quickRepliesLive } from './quick-replies.js';

const msg = (id: number, over: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  role: 'assistant',
  content: 'Pick one',
  status: 'complete',
  cards: [{ kind: 'quick-replies', options: ['Yes', 'No'] }],
  createdAt: '2025-01-01T00:00:00Z',
  ...over,
});
const idle = { current: true, streaming: false, sending: false };

test('[VF12] the last message of the current conversation offers its quick replies', () => {
  assert.ok(quickRepliesLive([msg(1, { role: 'user' }), msg(2)], 2, idle));
  assert.ok(quickRepliesLive([msg(2), msg(3, { role: 'tool' })], 2, idle), 'a tool record is not a message shown');
});

test('[VF12] an earlier message, a past conversation, a stream, a message on its way or an unfinished answer offer none', () => {
  const messages = [msg(2), msg(3, { role: 'user', cards: [] })];
  assert.not.ok(quickRepliesLive(messages, 2, idle));
  assert.not.ok(quickRepliesLive([msg(2)], 2, { ...idle, current: false }));
  assert.not.ok(quickRepliesLive([msg(2)], 2, { ...idle, streaming: true }));
  assert.not.ok(quickRepliesLive([msg(2)], 2, { ...idle, sending: true }));
  assert.not.ok(quickRepliesLive([msg(2, { status: 'stopped' })], 2, idle));
});

test.run();
