import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { completionTraces, textTrace } from '../../test/fake-voiceflow/fake-voiceflow.js';
import { collect, textOf } from '../../test/openai-fixtures.js';
import { collectWithin, fakeVoiceflowUpstream, VF_KEY, vfTurn } from '../../test/voiceflow-fixtures.js';
import { EngineError } from '../engine.js';
import { VoiceflowEngineError } from './failures.js';

// How the engine fails against the fake runtime: typed errors with log-safe details, never a retry (an interact advances the dialog).
const upstream = fakeVoiceflowUpstream(test);

const failure = (error: unknown) => {
  assert.instance(error, EngineError);
  assert.instance(error, VoiceflowEngineError);
  const e = error as VoiceflowEngineError;
  assert.not.match(JSON.stringify({ ...e, message: e.message }), VF_KEY);
  return { code: e.code, detail: e.detail };
};

for (const [status, why] of [
  [401, 'a refused key'],
  [403, 'a forbidden project'],
  [429, 'a rate limit'],
  [500, 'a failing runtime'],
] as const) {
  test(`[VF7] ${why} (${status}) is an upstream error, asked once`, async () => {
    upstream.fake.enqueue({ type: 'status', status, body: { message: `bad key ${VF_KEY}` } });
    const { events, error } = await collect(upstream.engine(), vfTurn());
    assert.equal(failure(error), { code: 'upstream', detail: { kind: 'status', status } });
    assert.equal(textOf(events), []);
    assert.is(upstream.fake.requests.length, 1);
  });
}

test('[VF7] a wrong key is refused by the fake itself: 401 from the documented check', async () => {
  const { error } = await collect(upstream.engine({ apiKey: 'VF.DM.wrong' }), vfTurn());
  assert.equal(failure(error), { code: 'upstream', detail: { kind: 'status', status: 401 } });
});

test('[VF7] a trace that is not JSON, a whole answer that is not an array, and a stream cut before its end are upstream errors', async () => {
  upstream.fake.enqueue({ type: 'traces', traces: [textTrace('A.'), textTrace('B.')], malformedAfter: 1 });
  const malformed = await collect(upstream.engine(), vfTurn());
  assert.equal(failure(malformed.error), { code: 'upstream', detail: { kind: 'malformed' } });
  assert.equal(textOf(malformed.events), ['A.'], 'what arrived before stays shown');

  upstream.fake.enqueue({ type: 'raw', body: '{"traces": []}' });
  const notArray = await collect(upstream.engine({ projectId: undefined }), vfTurn());
  assert.equal(failure(notArray.error), { code: 'upstream', detail: { kind: 'malformed' } });

  upstream.fake.enqueue({ type: 'traces', traces: completionTraces(['Half ', 'an answer']), cutAfter: 2 });
  const cut = await collect(upstream.engine(), vfTurn());
  assert.equal(failure(cut.error), { code: 'upstream', detail: { kind: 'truncated' } });
  assert.equal(textOf(cut.events), ['Half ']);
});

test('[VF8] a runtime that stalls mid-stream times out on the idle clock; the connection is closed', async () => {
  upstream.fake.enqueue({ type: 'traces', traces: completionTraces(['Thinking', ' more']), stallAfter: 2 });
  const { events, error } = await collectWithin(upstream.engine({ idleTimeoutMs: 200 }), vfTurn());
  assert.equal(failure(error), { code: 'timeout', detail: { kind: 'idle' } });
  assert.equal(textOf(events), ['Thinking']);
  assert.is(await upstream.fake.requests[0]!.closedWithin(3000), true);
});

test('[VF8] a runtime that never answers times out on the whole-turn clock', async () => {
  upstream.fake.enqueue({ type: 'hang' });
  const { error } = await collectWithin(upstream.engine({ timeoutMs: 200, idleTimeoutMs: 10_000 }), vfTurn());
  assert.equal(failure(error), { code: 'timeout', detail: { kind: 'timeout' } });
});

test('[VF9] Stop mid-stream ends the reply quietly and the abort reaches the runtime', async () => {
  upstream.fake.enqueue({ type: 'traces', traces: completionTraces(['First piece', ' never']), stallAfter: 2 });
  const stop = new AbortController();
  const events: string[] = [];
  const reading = (async () => {
    for await (const e of upstream.engine().reply(vfTurn({ signal: stop.signal }))) {
      if (e.type === 'text') {
        events.push(e.text);
        stop.abort('stopped');
      }
    }
    return 'ended quietly';
  })();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve('still reading'), 3000);
  });
  const outcome = await Promise.race([reading, late]).finally(() => clearTimeout(timer));
  assert.is(outcome, 'ended quietly');
  assert.equal(events, ['First piece']);
  assert.is(await upstream.fake.requests[0]!.closedWithin(3000), true);
});

test('a turn without a conversation (an evaluation) is refused as upstream, before any request', async () => {
  const { error } = await collect(upstream.engine(), vfTurn({ conversation: undefined }));
  assert.is(failure(error).code, 'upstream');
  assert.is(upstream.fake.requests.length, 0);
});

test.run();
