import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { backoffDelay, classify, pause, UpstreamProtocolError } from './failures.js';

const apiError = (
  status: number | undefined,
  headers: Record<string, string> = {},
  body: unknown = { type: 'server_error' },
) => new APIError(status, body as object, undefined, status === undefined ? undefined : new Headers(headers));

test('backoffDelay: exponential with jitter in [50%, 100%], capped; retry-after wins but is capped too', () => {
  const cases: [attempt: number, random: number, retryAfter: number | undefined, expected: number][] = [
    [1, 0, undefined, 50],
    [1, 1, undefined, 100],
    [2, 1, undefined, 200],
    [3, 0.5, undefined, 300],
    [10, 1, undefined, 1000],
    [1, 0, 250, 250],
    [1, 0, 60_000, 1000],
    [1, 0, 0, 0],
  ];
  for (const [attempt, random, retryAfter, expected] of cases) {
    assert.is(
      backoffDelay(attempt, 100, 1000, retryAfter, () => random),
      expected,
      `attempt ${attempt}, random ${random}, retry-after ${retryAfter}`,
    );
  }
});

test('classify: what is retried and what is not', () => {
  const cases: [err: unknown, kind: string, retriable: boolean][] = [
    [apiError(429), 'status', true],
    [apiError(500), 'status', true],
    [apiError(503), 'status', true],
    [apiError(408), 'status', true],
    [apiError(400), 'status', false],
    [apiError(401), 'status', false],
    [apiError(404), 'status', false],
    [apiError(undefined), 'stream-error', true],
    [new APIConnectionError({ message: 'fetch failed' }), 'connection', true],
    [new APIConnectionTimeoutError(), 'timeout', false],
    [new SyntaxError('Unexpected end of JSON input'), 'malformed', true],
    [new UpstreamProtocolError('malformed'), 'malformed', true],
    [new UpstreamProtocolError('truncated'), 'truncated', true],
    [new TypeError('terminated'), 'connection', true],
  ];
  for (const [err, kind, retriable] of cases) {
    const c = classify(err);
    assert.is(c.detail.kind, kind, String(err));
    assert.is(c.retriable, retriable, String(err));
  }
});

test('classify: retry-after-ms, retry-after in seconds and as a date', () => {
  assert.is(classify(apiError(429, { 'retry-after-ms': '120' })).retryAfterMs, 120);
  assert.is(classify(apiError(429, { 'retry-after': '2' })).retryAfterMs, 2000);
  const inFive = new Date(Date.now() + 5000).toUTCString();
  const fromDate = classify(apiError(429, { 'retry-after': inFive })).retryAfterMs ?? -1;
  assert.ok(fromDate > 3000 && fromDate <= 5000, String(fromDate));
  assert.is(classify(apiError(429)).retryAfterMs, undefined);
});

test('classify keeps identifiers only: no upstream prose in the detail', () => {
  const c = classify(apiError(401, {}, { message: 'Incorrect API key provided: sk-abc', code: 'invalid_api_key' }));
  assert.equal(c.detail, { kind: 'status', status: 401, code: 'invalid_api_key', requestId: undefined });
  const prose = classify(apiError(400, {}, { message: 'x', code: 'not an identifier: sk-abc' }));
  assert.is(prose.detail.code, undefined);
});

test('pause resolves false at once when the signal aborts', async () => {
  const stop = new AbortController();
  const waiting = pause(60_000, stop.signal);
  stop.abort();
  assert.is(await waiting, false);
  assert.is(await pause(1, new AbortController().signal), true);
});

test.run();
