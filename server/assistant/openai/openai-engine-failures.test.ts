import { inspect } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { EngineError } from '../engine.js';
import { status, text } from '../../test/fake-openai/fake-openai.js';
import { ENGINE_MESSAGES, OpenAiEngineError } from './failures.js';
import { collect, fakeUpstream, testTurn, textOf } from '../../test/openai-fixtures.js';

// Failures of the upstream (docs/SPEC.md [OAI3]): retried before the first text, a clear error after it.
const KEY = 'sk-test-failures-9876543210';
const upstream = fakeUpstream(test, KEY);
const { engine } = upstream;

function assertEngineError(error: unknown, code: 'upstream' | 'timeout', message: string): OpenAiEngineError {
  assert.instance(error, EngineError);
  assert.instance(error, OpenAiEngineError);
  const e = error as OpenAiEngineError;
  assert.is(e.code, code);
  assert.is(e.message, message);
  return e;
}

test('429 then success: retried after retry-after, the text once', async () => {
  upstream.fake.enqueue(status(429, { 'retry-after': '0.2' }), text(['Hello ', 'there.']));
  const { events, error } = await collect(engine(), testTurn());
  assert.is(error, undefined);
  assert.equal(textOf(events), ['Hello ', 'there.']);
  assert.is(upstream.fake.requests.length, 2);
  const waited = upstream.fake.requests[1]!.receivedAt - upstream.fake.requests[0]!.receivedAt;
  assert.ok(waited >= 190, `waited ${waited.toFixed(0)} ms, retry-after asked 200`);
});

test('a long retry-after is capped by maxBackoffMs', async () => {
  upstream.fake.enqueue(status(429, { 'retry-after': '30' }), text(['Ok.']));
  const { events } = await collect(engine({ maxBackoffMs: 20 }), testTurn());
  assert.equal(textOf(events), ['Ok.']);
  assert.ok(upstream.fake.requests[1]!.receivedAt - upstream.fake.requests[0]!.receivedAt < 2000);
});

test('500 before streaming then success', async () => {
  upstream.fake.enqueue(status(500), text(['Fine.']));
  const { events, error } = await collect(engine(), testTurn());
  assert.is(error, undefined);
  assert.equal(textOf(events), ['Fine.']);
  assert.is(upstream.fake.requests.length, 2);
});

test('5xx on every attempt: maxAttempts requests, then a busy error', async () => {
  upstream.fake.enqueue(status(503), status(502), status(500));
  const { events, error } = await collect(engine({ maxAttempts: 3 }), testTurn());
  assert.equal(events, []);
  const e = assertEngineError(error, 'upstream', ENGINE_MESSAGES.busy);
  assert.equal(e.detail, { kind: 'status', status: 500, code: 'server_error', requestId: undefined, attempt: 3 });
  assert.is(upstream.fake.requests.length, 3);
});

test('401 is not retried, and neither the message nor the error object carries the key', async () => {
  upstream.fake.enqueue(
    status(
      401,
      {},
      {
        error: {
          message: `Incorrect API key provided: ${KEY}.`,
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      },
    ),
  );
  const { error } = await collect(engine(), testTurn());
  const e = assertEngineError(error, 'upstream', ENGINE_MESSAGES.unavailable);
  assert.is(e.detail.code, 'invalid_api_key');
  assert.is(upstream.fake.requests.length, 1);
  const logged = inspect(e, { depth: 20, showHidden: true }) + JSON.stringify(e);
  assert.not.match(logged, KEY);
  assert.not.match(logged, 'Incorrect API key');
});

test('connection dropped mid-stream after some text: the partial text, then an upstream error, no retry', async () => {
  // Frames: the role chunk, then 'One ', 'two ' — the socket dies before 'three'.
  upstream.fake.enqueue(text(['One ', 'two ', 'three'], { fault: { after: 3, kind: 'die' } }), text(['never']));
  const { events, error } = await collect(engine(), testTurn());
  assert.equal(textOf(events), ['One ', 'two ']);
  const e = assertEngineError(error, 'upstream', ENGINE_MESSAGES.interrupted);
  assert.is(e.detail.kind, 'connection');
  assert.is(upstream.fake.requests.length, 1);
});

test('connection dropped before the first text: retried', async () => {
  upstream.fake.enqueue(text(['lost'], { fault: { after: 1, kind: 'die' } }), text(['Kept.']));
  const { events, error } = await collect(engine(), testTurn());
  assert.is(error, undefined);
  assert.equal(textOf(events), ['Kept.']);
  assert.is(upstream.fake.requests.length, 2);
});

test('a malformed data line before the first text: retried quietly (the SDK logs nothing)', async () => {
  const printed: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void printed.push(args);
  try {
    upstream.fake.enqueue(text(['x'], { fault: { after: 1, kind: 'malformed' } }), text(['Good.']));
    const { events, error } = await collect(engine(), testTurn());
    assert.is(error, undefined);
    assert.equal(textOf(events), ['Good.']);
  } finally {
    console.error = original;
  }
  assert.is(upstream.fake.requests.length, 2);
  assert.equal(printed, []);
});

test('a malformed data line after text: the partial text, then an upstream error', async () => {
  upstream.fake.enqueue(text(['Part ', 'more'], { fault: { after: 2, kind: 'malformed' } }));
  const { events, error } = await collect(engine(), testTurn());
  assert.equal(textOf(events), ['Part ']);
  assert.is(assertEngineError(error, 'upstream', ENGINE_MESSAGES.interrupted).detail.kind, 'malformed');
  assert.is(upstream.fake.requests.length, 1);
});

test('a chunk without choices is malformed: retried before the first text', async () => {
  upstream.fake.enqueue(text(['x'], { fault: { after: 0, kind: 'no-choices' } }), text(['Right.']));
  const { events, error } = await collect(engine(), testTurn());
  assert.is(error, undefined);
  assert.equal(textOf(events), ['Right.']);
  assert.is(upstream.fake.requests.length, 2);
});

test('idle timeout: no chunk for idleTimeoutMs aborts the request with a timeout error after the partial text', async () => {
  upstream.fake.enqueue(text(['Wait ', 'for ', 'it'], { fault: { after: 3, kind: 'stall' } }));
  const { events, error } = await collect(engine({ idleTimeoutMs: 300 }), testTurn());
  assert.equal(textOf(events), ['Wait ', 'for ']);
  assert.is(assertEngineError(error, 'timeout', ENGINE_MESSAGES.timeout).detail.kind, 'idle');
  assert.is(await upstream.fake.requests[0]!.closed, true, 'the stalled request was cancelled');
});

test('a server that never answers: the overall timeout ends the turn, not retried', async () => {
  upstream.fake.enqueue({ type: 'hang' }, text(['never']));
  const started = performance.now();
  const { events, error } = await collect(engine({ timeoutMs: 200 }), testTurn());
  assert.equal(events, []);
  assertEngineError(error, 'timeout', ENGINE_MESSAGES.timeout);
  assert.ok(performance.now() - started < 2000);
  assert.is(upstream.fake.requests.length, 1);
  assert.is(await upstream.fake.requests[0]!.closed, true);
});

test('an error event inside the stream before the first text is retried; after text it ends the turn', async () => {
  upstream.fake.enqueue(text(['x'], { fault: { after: 1, kind: 'error-event' } }), text(['Back.']));
  const first = await collect(engine(), testTurn());
  assert.is(first.error, undefined);
  assert.equal(textOf(first.events), ['Back.']);
  upstream.fake.enqueue(text(['Half ', 'x'], { fault: { after: 2, kind: 'error-event' } }));
  const second = await collect(engine(), testTurn());
  assert.equal(textOf(second.events), ['Half ']);
  assert.is(assertEngineError(second.error, 'upstream', ENGINE_MESSAGES.interrupted).detail.kind, 'stream-error');
  assert.is(upstream.fake.requests.length, 3);
});

test('a stream that ends without a finish reason is truncated: an error after the partial text', async () => {
  upstream.fake.enqueue(text(['Cut ', 'off'], { fault: { after: 2, kind: 'end' } }));
  const { events, error } = await collect(engine(), testTurn());
  assert.equal(textOf(events), ['Cut ']);
  assert.is(assertEngineError(error, 'upstream', ENGINE_MESSAGES.interrupted).detail.kind, 'truncated');
});

test.run();
