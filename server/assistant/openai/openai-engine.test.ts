import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { text, toolCalls } from '../../test/fake-openai/fake-openai.js';
import { STAFF_PREFIX } from './messages.js';
import { collect, fakeUpstream, fakeToolBox, productCard, testTurn, textOf } from '../../test/openai-fixtures.js';

// The real SDK over real HTTP against the local fake (docs/ARCHITECTURE.md §6): what is streamed and what is sent.
const KEY = 'sk-test-engine-0123456789';
const upstream = fakeUpstream(test, KEY);
const { engine } = upstream;

test('streams text deltas in order as separate events, then usage', async () => {
  upstream.fake.enqueue(
    text(['Returns ', 'are ', 'free ', 'within ', '30 days.'], { usage: { prompt_tokens: 120, completion_tokens: 9 } }),
  );
  const { events, error } = await collect(engine(), testTurn());
  assert.is(error, undefined);
  assert.equal(textOf(events), ['Returns ', 'are ', 'free ', 'within ', '30 days.']);
  assert.equal(events.at(-1), { type: 'usage', usage: { promptTokens: 120, completionTokens: 9 } });
  assert.is(upstream.fake.requests.length, 1);
});

test('sends the system prompt with passages, the history with assistant and staff turns, then the message', async () => {
  upstream.fake.enqueue(text(['Ok.']));
  await collect(engine(), testTurn());
  const { body, headers } = upstream.fake.requests[0]!;
  assert.is(headers.authorization, `Bearer ${KEY}`);
  assert.is(body.model, 'fake-model');
  assert.is(body.stream, true);
  assert.equal(body.stream_options, { include_usage: true });
  const roles = body.messages.map((m: { role: string }) => m.role);
  assert.equal(roles, ['system', 'user', 'assistant', 'assistant', 'user']);
  const system = body.messages[0].content as string;
  assert.ok(system.startsWith('You are the VisionX test assistant.'));
  assert.match(system, '### The 30-day return policy (Returns and refunds)\nReturn within 30 days.\nIn the box.');
  assert.match(system, /cards/);
  assert.match(body.messages[2].content, 'Yes, here it is.\n[Shown: product "VisionX 7" (id 7, slug visionx-7)]');
  assert.is(body.messages[3].content, `${STAFF_PREFIX}Hi, Sam here.`);
  assert.is(body.messages[4].content, 'And the return window?');
  // No tools in this turn: none declared.
  assert.is(body.tools, undefined);
});

test('a frustrated shopper: the system message asks to acknowledge it first', async () => {
  upstream.fake.enqueue(text(['Sorry.']));
  await collect(engine(), testTurn({ sentiment: { score: -4, frustrated: true } }));
  assert.match(upstream.fake.requests[0]!.body.messages[0].content, /frustrated/);
});

test('two parallel tool calls with split, interleaved arguments are assembled, run, sent back; the answer streams', async () => {
  const tools = fakeToolBox({
    search_products: (args) => ({
      result: { products: [{ id: 7, name: 'VisionX 7', priceCents: 59900 }] },
      cards: [productCard(7, 'VisionX 7')],
      summary: `Searched ${args.query}`,
    }),
    view_cart: () => ({ result: { itemCount: 0 }, summary: 'Cart is empty' }),
  });
  upstream.fake.enqueue(
    toolCalls(
      [
        { id: 'call_search', name: 'search_products', arguments: '{"query":"phone under 700"}', pieces: 4 },
        { id: 'call_cart', name: 'view_cart', arguments: '{"query":""}', pieces: 3 },
      ],
      { interleave: true, usage: { prompt_tokens: 100, completion_tokens: 20 } },
    ),
    text(['The ', 'VisionX 7 ', 'is $599.00.'], { usage: { prompt_tokens: 180, completion_tokens: 8 } }),
  );
  const { events, error } = await collect(engine(), testTurn({ tools }));
  assert.is(error, undefined);
  assert.equal(tools.ran, [
    { name: 'search_products', args: { query: 'phone under 700' } },
    { name: 'view_cart', args: { query: '' } },
  ]);
  assert.equal(
    events.map((e) => e.type),
    ['tool', 'card', 'tool', 'text', 'text', 'text', 'usage'],
  );
  assert.equal(events[0], {
    type: 'tool',
    call: {
      name: 'search_products',
      args: { query: 'phone under 700' },
      ok: true,
      summary: 'Searched phone under 700',
    },
  });
  assert.equal(events.at(-1), { type: 'usage', usage: { promptTokens: 280, completionTokens: 28 } });

  const [first, second] = upstream.fake.requests.map((r) => r.body);
  assert.equal(
    first.tools.map((t: any) => t.function.name),
    ['search_products', 'view_cart'],
  );
  assert.is(first.tool_choice, 'auto');
  const sent = second.messages.slice(-3);
  assert.is(sent[0].role, 'assistant');
  assert.equal(
    sent[0].tool_calls.map((c: any) => [c.id, c.function.name, c.function.arguments]),
    [
      ['call_search', 'search_products', '{"query":"phone under 700"}'],
      ['call_cart', 'view_cart', '{"query":""}'],
    ],
  );
  assert.equal(sent[1], {
    role: 'tool',
    tool_call_id: 'call_search',
    content: '{"products":[{"id":7,"name":"VisionX 7","priceCents":59900}]}',
  });
  assert.equal(sent[2], { role: 'tool', tool_call_id: 'call_cart', content: '{"itemCount":0}' });
});

test('text before a tool call and text after it are separated by a paragraph break', async () => {
  const tools = fakeToolBox({ view_cart: () => ({ result: { itemCount: 1 } }) });
  upstream.fake.enqueue(
    { type: 'stream', tokens: ['Let me look.'], toolCalls: [{ name: 'view_cart', arguments: '{}' }] },
    text(['One item.']),
  );
  const { events } = await collect(engine(), testTurn({ tools }));
  assert.equal(textOf(events), ['Let me look.', '\n\nOne item.']);
  assert.is(upstream.fake.requests[1]!.body.messages.at(-2).content, 'Let me look.');
});

test('tool loop cap: after maxToolRounds the model is asked to answer without tools', async () => {
  const tools = fakeToolBox({ search_products: () => ({ result: { products: [] } }) });
  const again = () => toolCalls([{ name: 'search_products', arguments: '{"query":"x"}' }]);
  upstream.fake.enqueue(again(), again(), text(['Nothing found.']));
  const { events, error } = await collect(engine({ maxToolRounds: 2 }), testTurn({ tools }));
  assert.is(error, undefined);
  assert.is(tools.ran.length, 2);
  assert.equal(
    upstream.fake.requests.map((r) => r.body.tool_choice),
    ['auto', 'auto', 'none'],
  );
  assert.equal(textOf(events), ['Nothing found.']);
});

test('tool loop cap: a model that calls tools anyway on the last round is not obeyed and not asked again', async () => {
  const tools = fakeToolBox({ search_products: () => ({ result: { products: [] } }) });
  const again = () => toolCalls([{ name: 'search_products', arguments: '{"query":"x"}' }]);
  upstream.fake.enqueue(again(), again());
  const { events, error } = await collect(engine({ maxToolRounds: 1 }), testTurn({ tools }));
  assert.is(error, undefined);
  assert.is(tools.ran.length, 1);
  assert.is(upstream.fake.requests.length, 2);
  assert.equal(
    events.map((e) => e.type),
    ['tool'],
  );
});

test("the ToolBox's per-turn cap also ends the tool rounds", async () => {
  const tools = fakeToolBox({ search_products: () => ({ result: { products: [] } }) });
  const six = Array.from({ length: 6 }, (_, i) => ({
    id: `c${i}`,
    name: 'search_products',
    arguments: `{"query":"q${i}"}`,
  }));
  upstream.fake.enqueue(toolCalls(six), text(['Done.']));
  const { events } = await collect(engine(), testTurn({ tools }));
  assert.is(tools.ran.length, 6);
  const second = upstream.fake.requests[1]!.body;
  assert.is(second.tool_choice, 'none');
  assert.equal(JSON.parse(second.messages.at(-1).content), { error: 'Tool limit reached.' });
  assert.equal(textOf(events), ['Done.']);
});

test('Stop mid-stream: the loop ends quietly and the upstream connection is closed', async () => {
  upstream.fake.enqueue(
    text(
      Array.from({ length: 50 }, (_, i) => `t${i} `),
      { delayMs: 20 },
    ),
  );
  const stop = new AbortController();
  const seen: string[] = [];
  for await (const e of engine().reply(testTurn({ signal: stop.signal }))) {
    if (e.type === 'text') seen.push(e.text);
    if (seen.length === 2) stop.abort();
  }
  assert.equal(seen, ['t0 ', 't1 ']);
  assert.is(await upstream.fake.requests[0]!.closed, true, 'the fake saw the client close the connection');
  assert.is(upstream.fake.requests.length, 1);
});

test('Stop while waiting for the first chunk ends quietly too', async () => {
  upstream.fake.enqueue({ type: 'hang' });
  const stop = new AbortController();
  const run = collect(engine(), testTurn({ signal: stop.signal }));
  await upstream.fake.request(0);
  stop.abort();
  const { events, error } = await run;
  assert.equal(events, []);
  assert.is(error, undefined);
  assert.is(await upstream.fake.requests[0]!.closed, true);
});

test('breaking out of the loop also cancels the upstream request', async () => {
  upstream.fake.enqueue(
    text(
      Array.from({ length: 50 }, (_, i) => `t${i} `),
      { delayMs: 20 },
    ),
  );
  for await (const e of engine().reply(testTurn())) if (e.type === 'text') break;
  assert.is(await upstream.fake.requests[0]!.closed, true);
});

test.run();
