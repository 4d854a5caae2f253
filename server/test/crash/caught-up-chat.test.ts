import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { failure } from './failure.js';
import { assertCaughtUp } from './caught-up-chat.js';
import type { MessageSeen } from './chat-view.js';

const question = (id: number): MessageSeen => ({
  id,
  role: 'user',
  status: 'complete',
  content: `Q${id}`,
  error: null,
});
const answer = (id: number, status: string, content: string, error: string | null = null): MessageSeen => ({
  id,
  role: 'assistant',
  status,
  content,
  error,
});

const settled = [question(1), answer(2, 'complete', 'Hello there.')];

test('what the database held, or moved on to while the catch-up was read, passes', () => {
  assertCaughtUp('Ada', settled, settled, settled);
  // A message sent on the connection the tab closed, stored by its worker after the read.
  assertCaughtUp('Ada', settled, settled, [...settled, question(3), answer(4, 'streaming', '')]);
  // An answer that ended, or was marked interrupted, after the read.
  const streaming = [question(3), answer(4, 'streaming', 'Thanks for')];
  assertCaughtUp(
    'Ada',
    streaming,
    [question(3), answer(4, 'streaming', 'Thanks')],
    [question(3), answer(4, 'complete', 'Thanks for asking.')],
  );
  assertCaughtUp('Ada', streaming, streaming, [question(3), answer(4, 'error', '', 'interrupted')]);
  // The text so far ahead of the stored checkpoint.
  assertCaughtUp('Ada', streaming, [question(3), answer(4, 'streaming', 'Thanks for asking')], streaming);
});

test('a message missing, out of place, ended wrongly or shown as streaming again fails', () => {
  assert.match(
    failure(() => assertCaughtUp('Ada', settled, [question(1)], settled)),
    'message 2, stored before the catch-up, not shown',
  );
  assert.match(
    failure(() =>
      assertCaughtUp('Ada', [question(1)], [question(1), question(3)], [question(1), question(2), question(3)]),
    ),
    'message 2 not shown, though message 3 after it was',
  );
  assert.match(
    failure(() => assertCaughtUp('Ada', settled, [question(1), answer(2, 'complete', 'Hello')], settled)),
    'message 2 as shown and as stored',
  );
  assert.match(
    failure(() => assertCaughtUp('Ada', settled, [question(1), answer(2, 'streaming', 'Hello')], settled)),
    'message 2 shown streaming after it had ended',
  );
  assert.match(
    failure(() =>
      assertCaughtUp(
        'Ada',
        [question(1)],
        [question(1), answer(2, 'streaming', 'Hi')],
        [question(1), answer(2, 'complete', 'Hello.')],
      ),
    ),
    'message 2 shown streaming "Hi", stored complete "Hello."',
  );
  assert.match(
    failure(() => assertCaughtUp('Ada', [], [question(5)], [])),
    'message 5 shown but not stored',
  );
});

test.run();
