import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { startFakeOpenAi, text, toolCalls, type FakeOpenAi } from '../../test/fake-openai/fake-openai.js';
import { createToolBox } from '../tools/toolbox.js';
import { createOpenAiEngine } from './openai-engine.js';
import { collect, testTurn, textOf } from './test-fixtures.js';

// The real ToolBox: its zod-made JSON Schemas go over the wire, and string arguments from the model run against the catalog.
let app: TestApp;
let fake: FakeOpenAi;
test.before(async () => {
  [app, fake] = await Promise.all([startTestApp(), startFakeOpenAi()]);
});
test.after(async () => {
  await Promise.all([app.stop(), fake.close()]);
});

test('a search_products call from the model runs against the catalog and shows product cards', async () => {
  const tools = createToolBox(
    { ctx: app.ctx, session: { id: 'x', userId: null, role: 'guest' }, chatId: 0, messageId: 0, requestHuman: () => ({ status: 'waiting', staffOnline: false }) },
    'sales',
  );
  fake.enqueue(toolCalls([{ name: 'search_products', arguments: '{"query":"phone"}', pieces: 3 }]), text(['Here ', 'they are.']));
  const engine = createOpenAiEngine({ apiKey: 'sk-test', baseURL: fake.baseURL, model: 'fake-model', timeoutMs: 5000 });
  const { events, error } = await collect(engine, testTurn({ tools }));
  assert.is(error, undefined);
  const tool = events.find((e) => e.type === 'tool');
  assert.ok(tool && tool.type === 'tool' && tool.call.ok, JSON.stringify(tool));
  assert.ok(events.some((e) => e.type === 'card' && e.card.kind === 'product'));
  assert.equal(textOf(events), ['Here ', 'they are.']);
  const [first, second] = fake.requests.map((r) => r.body);
  const search = first.tools.find((t: any) => t.function.name === 'search_products');
  assert.is(search.function.parameters.type, 'object');
  assert.is(search.function.parameters.$schema, undefined);
  const result = JSON.parse(second.messages.at(-1).content);
  assert.ok(result.total > 0 && result.items.length > 0, JSON.stringify(result).slice(0, 200));
  assert.type(result.items[0].priceFromCents, 'number');
});

test.run();
