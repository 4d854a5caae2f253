import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ok } from './ack.js';

test('an ok ack gives its data', () => {
  assert.equal(ok({ ok: true, data: { id: 7 } }), { id: 7 });
  assert.is(ok({ ok: true, data: null }), null);
});

test('a refused ack fails with its code, and its reason, parameters, field codes or wait when it has them', () => {
  assert.throws(
    () => ok({ ok: false, error: { code: 'conflict', reason: 'stock_limit', params: { stock: 2 } } }, 'cart:add'),
    (err: Error) => err.message === 'cart:add was refused: conflict {"reason":"stock_limit","params":{"stock":2}}',
  );
  assert.throws(
    () => ok({ ok: false, error: { code: 'bad_request', fields: { text: { code: 'too_big', maximum: 2000 } } } }),
    (err: Error) =>
      err.message === 'the request was refused: bad_request {"fields":{"text":{"code":"too_big","maximum":2000}}}',
  );
  assert.throws(
    () => ok({ ok: false, error: { code: 'rate_limited', retryAfterMs: 900 } }),
    /rate_limited \{"retryAfterMs":900\}/,
  );
  assert.throws(
    () => ok({ ok: false, error: { code: 'forbidden' } }),
    (err: Error) => err.message === 'the request was refused: forbidden',
  );
});

test('no answer at all, or one of another shape, fails too and shows what came', () => {
  assert.throws(() => ok(undefined as never, 'chat:send'), /chat:send was refused: not an error ack: undefined/);
  assert.throws(() => ok({ ok: 'yes' } as never), /not an error ack: \{"ok":"yes"\}/);
});

test.run();
