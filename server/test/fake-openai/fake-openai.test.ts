import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startFakeOpenAi, text, toolCalls, type FakeOpenAi } from './fake-openai.js';

// The fixture itself: the wire format the SDK and the relay benchmark rely on.
let fake: FakeOpenAi;
test.before.each(async () => {
  fake = await startFakeOpenAi({ stampChunks: true });
});
test.after.each(async () => {
  await fake.close();
});

const post = (body: unknown) =>
  fetch(`${fake.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

function dataLines(sse: string): string[] {
  return sse
    .split('\n\n')
    .filter(Boolean)
    .map((block) => {
      assert.ok(block.startsWith('data: '), block);
      return block.slice('data: '.length);
    });
}

test('SSE chunks in OpenAI shape, content chunks stamped with their write time, usage, [DONE]', async () => {
  fake.enqueue(text(['a', 'b', 'c'], { usage: { prompt_tokens: 5, completion_tokens: 3 } }));
  const before = process.hrtime.bigint();
  const res = await post({ model: 'm1', stream: true, stream_options: { include_usage: true }, messages: [] });
  assert.is(res.headers.get('content-type'), 'text/event-stream');
  const lines = dataLines(await res.text());
  assert.is(lines.at(-1), '[DONE]');
  const chunks = lines.slice(0, -1).map((l) => JSON.parse(l));
  for (const c of chunks) {
    assert.is(c.object, 'chat.completion.chunk');
    assert.is(c.model, 'm1');
    assert.type(c.created, 'number');
    assert.is(c.id, chunks[0].id);
  }
  assert.equal(chunks[0].choices[0].delta, { role: 'assistant', content: '' });
  const content = chunks.filter((c) => c.choices[0]?.delta.content);
  assert.equal(
    content.map((c) => c.choices[0].delta.content),
    ['a', 'b', 'c'],
  );
  const stamps = content.map((c) => BigInt(c.x_sent_ns));
  assert.ok(
    stamps[0]! >= before && stamps[1]! >= stamps[0]! && stamps[2]! >= stamps[1]!,
    'stamps are hrtime at write, in order',
  );
  assert.is(chunks[0].x_sent_ns, undefined, 'only content chunks are stamped');
  const rec = await fake.request(0);
  assert.equal(rec.sent, [
    { text: 'a', ns: stamps[0]! },
    { text: 'b', ns: stamps[1]! },
    { text: 'c', ns: stamps[2]! },
  ]);
  assert.equal(chunks.at(-2).choices[0].finish_reason, 'stop');
  assert.equal(chunks.at(-1), {
    ...chunks.at(-1),
    choices: [],
    usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
  });
});

test('no usage chunk unless the request asks for it; tool-call fragments carry index, id and name once', async () => {
  fake.enqueue(
    toolCalls([{ id: 'call_1', name: 'view_cart', arguments: '{"a":1}', pieces: 3 }], {
      usage: { prompt_tokens: 1, completion_tokens: 1 },
    }),
  );
  const chunks = dataLines(await (await post({ stream: true, messages: [] })).text())
    .slice(0, -1)
    .map((l) => JSON.parse(l));
  assert.ok(chunks.every((c) => c.usage === undefined));
  const fragments = chunks.flatMap((c) => c.choices[0].delta.tool_calls ?? []);
  assert.equal(fragments, [
    { index: 0, id: 'call_1', type: 'function', function: { name: 'view_cart', arguments: '{"a' } },
    { index: 0, function: { arguments: '":1' } },
    { index: 0, function: { arguments: '}' } },
  ]);
  assert.is(chunks.at(-1).choices[0].finish_reason, 'tool_calls');
});

test('records bodies in order; an empty queue answers 500 naming the mistake; the fallback serves a benchmark', async () => {
  const waiting = fake.request(0);
  const res = await post({ stream: true, messages: [{ role: 'user', content: 'hi' }] });
  assert.is(res.status, 500);
  assert.match(await res.text(), 'no script queued');
  const rec = await waiting;
  assert.equal(rec.body.messages, [{ role: 'user', content: 'hi' }]);
  assert.is(await rec.closed, false);

  const bench = await startFakeOpenAi({ fallback: text(['x']) });
  try {
    const r = await fetch(`${bench.baseURL}/chat/completions`, { method: 'POST', body: '{}' });
    assert.match(await r.text(), '"content":"x"');
  } finally {
    await bench.close();
  }
});

test.run();
