import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { startFakeOpenAi, text, toolCalls, type FakeOpenAi } from '../../test/fake-openai/fake-openai.js';
import { assistantShopFor } from '../../test/shop-helpers.js';
import { createToolBox } from '../tools/toolbox.js';
import { createOpenAiEngine } from './openai-engine.js';
import { collect, testTurn, textOf } from '../../test/openai-fixtures.js';

// The real ToolBox: its zod-made JSON Schemas go over the wire, and string arguments from the model run against the catalog.
let app: TestApp;
let fake: FakeOpenAi;
test.before(async () => {
  [app, fake] = await Promise.all([startTestApp(), startFakeOpenAi()]);
});
test.after(async () => {
  await Promise.all([app.stop(), fake.close()]);
});

const guestTools = () =>
  createToolBox(
    {
      shop: assistantShopFor(app, { id: 'x', userId: null, role: 'guest' }),
      log: app.ctx.log,
      chatId: 0,
      messageId: 0,
      requestHuman: () => ({ status: 'waiting', staffOnline: false }),
    },
    'sales',
  );
const toolNamed = (body: any, name: string) => body.tools.find((t: any) => t.function.name === name).function;

test('[TOOL1] an order number that is not one is refused in words the model can read, not a pattern', async () => {
  const outcome = await guestTools().run('order_status', { number: 'order 42' });
  assert.is(outcome.ok, false);
  assert.match(JSON.stringify(outcome.result), 'That is not a VisionX order number.');
  assert.not.match(JSON.stringify(outcome.result), 'must match pattern');
});

test('a search_products call from the model runs against the catalog and shows product cards', async () => {
  const tools = guestTools();
  fake.enqueue(
    toolCalls([{ name: 'search_products', arguments: '{"query":"phone"}', pieces: 3 }]),
    text(['Here ', 'they are.']),
  );
  const engine = createOpenAiEngine({ apiKey: 'sk-test', baseURL: fake.baseURL, model: 'fake-model', timeoutMs: 5000 });
  const { events, error } = await collect(engine, testTurn({ tools }));
  assert.is(error, undefined);
  const tool = events.find((e) => e.type === 'tool');
  assert.ok(tool && tool.type === 'tool' && tool.call.ok, JSON.stringify(tool));
  assert.ok(events.some((e) => e.type === 'card' && e.card.kind === 'product'));
  assert.equal(textOf(events), ['Here ', 'they are.']);
  const [first, second] = fake.requests.map((r) => r.body);
  const search = toolNamed(first, 'search_products');
  assert.is(search.parameters.type, 'object');
  assert.is(search.parameters.$schema, undefined);
  const result = JSON.parse(second.messages.at(-1).content);
  assert.ok(result.total > 0 && result.items.length > 0, JSON.stringify(result).slice(0, 200));
  assert.type(result.items[0].priceFromCents, 'number');
});

test('the definitions the model sees describe the compatibility data: search_products `fits` and product_details `fits`', async () => {
  fake.enqueue(text(['Hello.']));
  await collect(
    createOpenAiEngine({ apiKey: 'sk-test', baseURL: fake.baseURL, model: 'fake-model', timeoutMs: 5000 }),
    testTurn({ tools: guestTools() }),
  );
  const body = fake.requests.at(-1)!.body;
  const search = toolNamed(body, 'search_products');
  assert.match(search.description, 'pass `fits`');
  assert.is(search.parameters.properties.fits.type, 'string');
  assert.match(
    search.parameters.properties.fits.description,
    `A phone's slug or name (e.g. "vision-go" or "Vision Go")`,
  );
  assert.match(search.parameters.properties.fits.description, '`fit` note');
  assert.match(
    toolNamed(body, 'product_details').description,
    '`fits`: the phones it works with (slug, name, and a note on how)',
  );
});

test('a model that names the phone ("Vision Go") gets its accessories from the compatibility data; an unknown phone is an error it can read', async () => {
  fake.enqueue(
    toolCalls([
      { id: 'c1', name: 'search_products', arguments: '{"fits":"Vision Go","category":"cases"}' },
      { id: 'c2', name: 'search_products', arguments: '{"fits":"Vision Z"}' },
    ]),
    text(['The Loop Case fits.']),
  );
  const engine = createOpenAiEngine({ apiKey: 'sk-test', baseURL: fake.baseURL, model: 'fake-model', timeoutMs: 5000 });
  const { error } = await collect(engine, testTurn({ tools: guestTools() }));
  assert.is(error, undefined);
  const results = fake.requests
    .at(-1)!
    .body.messages.filter((m: any) => m.role === 'tool')
    .map((m: any) => JSON.parse(m.content));
  assert.equal(
    results[0].items.map((i: any) => i.slug),
    ['vision-go-loop-case'],
  );
  assert.equal(results[1], {
    error: 'No phone "vision-z". Use search_products with category "phones" to find its slug.',
  });
});

test.run();
