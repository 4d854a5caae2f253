import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ok } from './ack.js';

test('an ok ack gives its data', () => {
  assert.equal(ok({ ok: true, data: { id: 7 } }), { id: 7 });
  assert.is(ok({ ok: true, data: null }), null);
});

test('a refused ack fails with its code and message, and its fields or wait when it has them', () => {
  assert.throws(
    () => ok({ ok: false, error: { code: 'conflict', message: 'Only 2 left in stock.' } }, 'cart:add'),
    (err: Error) => err.message === 'cart:add was refused: conflict: Only 2 left in stock.',
  );
  assert.throws(
    () => ok({ ok: false, error: { code: 'bad_request', message: 'Check the form.', fields: { text: 'Too long.' } } }),
    (err: Error) =>
      err.message === 'the request was refused: bad_request: Check the form. {"fields":{"text":"Too long."}}',
  );
  assert.throws(
    () => ok({ ok: false, error: { code: 'rate_limited', message: 'Slow down.', retryAfterMs: 900 } }),
    /rate_limited: Slow down\. \{"retryAfterMs":900\}/,
  );
});

test('no answer at all, or one of another shape, fails too and shows what came', () => {
  assert.throws(() => ok(undefined as never, 'chat:send'), /chat:send was refused: not an error ack: undefined/);
  assert.throws(() => ok({ ok: 'yes' } as never), /not an error ack: \{"ok":"yes"\}/);
});

test.run();
