import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { EngineEvent, HistoryTurn, Turn } from '../engine.js';
import { createKnowledge } from '../knowledge/knowledge.js';
import type { ToolBox, ToolOutcome } from '../tools/toolbox.js';
import { recall, referent } from './memory.js';
import { createOfflineEngine } from './offline-engine.js';
import { findProducts } from '../../nlu/entities.js';
import { TOOLS } from '../tools/catalog-of-tools.js';
import { DEPARTMENT_TOOLS } from '../tools/toolbox.js';
import { chunkText } from './stream.js';
import { PRODUCT_PATTERNS } from '../../nlu/words.js';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const catalog = JSON.parse(readFileSync(join(root, 'data/catalog.json'), 'utf8')) as {
  products: Array<{ slug: string; name: string }>;
};
const knowledge = createKnowledge([
  {
    id: 'p',
    section: 'Troubleshooting',
    title: "Phone won't charge",
    text: 'Check the cable.\n\n1. Try another cable.\n2. Restart.',
    questions: [],
  },
]);

/** A ToolBox that records calls and answers from a table: the engine's I/O edge, faked. */
function fakeTools(names: string[], answers: Record<string, Partial<ToolOutcome>> = {}) {
  const calls: string[] = [];
  const tools: ToolBox = {
    definitions: names.map((name) => ({ name, description: '', parameters: {} })) as ToolBox['definitions'],
    calls: 0,
    async run(name, args) {
      calls.push(name);
      const a = answers[name] ?? {};
      return {
        ok: a.ok ?? true,
        result: a.result ?? {},
        cards: a.cards ?? [],
        record: { name, args, ok: a.ok ?? true, summary: name },
      };
    },
  };
  return { tools, calls };
}

function turnOf(
  userText: string,
  tools: ToolBox,
  signal = new AbortController().signal,
  department: Turn['department'] = 'sales',
): Turn {
  return {
    department,
    systemPrompt: '',
    passages: [],
    history: [],
    userText,
    sentiment: { score: 0, frustrated: false },
    tools,
    signal,
  };
}

async function collect(
  it: AsyncIterable<EngineEvent>,
  onEvent?: (e: EngineEvent, i: number) => void,
): Promise<EngineEvent[]> {
  const out: EngineEvent[] = [];
  for await (const e of it) {
    onEvent?.(e, out.length);
    out.push(e);
  }
  return out;
}

test('chunkText: a word or two per piece, nothing lost', () => {
  const text = 'Here are the steps:\n\n1. Try another cable.\n2. Restart.';
  const chunks = chunkText(text);
  assert.is(chunks.join(''), text.slice(text.search(/\S/)));
  for (const c of chunks) assert.ok(c.trim().split(/\s+/).length <= 2, c);
});

test('[OFF9] the answer streams in pieces with the pace between, and Stop ends it quietly', async () => {
  const engine = createOfflineEngine({ knowledge, paceMs: 5 });
  const controller = new AbortController();
  const { tools } = fakeTools([]);
  const events = await collect(engine.reply(turnOf("My phone won't charge", tools, controller.signal)), (_e, i) => {
    if (i === 2) controller.abort();
  });
  assert.is(events.length, 3, 'no piece after the abort');
  assert.ok(events.every((e) => e.type === 'text'));
});

test('[OFF9] an answer already stopped yields nothing and calls no tool', async () => {
  const engine = createOfflineEngine({ knowledge, paceMs: 0 });
  const controller = new AbortController();
  controller.abort();
  const { tools, calls } = fakeTools(['product_details']);
  assert.equal(await collect(engine.reply(turnOf('How much is the Vision X?', tools, controller.signal))), []);
  assert.equal(calls, []);
});

test('[OFF7] one assistant: every department has every tool, and a cart request in Tech support is answered, not sent elsewhere', async () => {
  for (const tools of Object.values(DEPARTMENT_TOOLS)) assert.equal([...tools].sort(), Object.keys(TOOLS).sort());
  const engine = createOfflineEngine({ knowledge, paceMs: 0 });
  const proposed = { colour: 'Black', storageGb: 128, priceCents: 34900, stock: 9, action: 'add', quantity: 1 };
  const { tools, calls } = fakeTools(['propose_cart_change', 'product_details', 'search_products'], {
    propose_cart_change: { result: { proposed } },
  });
  const events = await collect(engine.reply(turnOf('add the Vision Go to my cart', tools, undefined, 'tech')));
  assert.ok(calls.includes('propose_cart_change'), calls.join(', '));
  const text = events.map((e) => (e.type === 'text' ? e.text : '')).join('');
  assert.not.match(text, /switch to|department/i);
});

test('[OFF10] a product named only in the wording of an earlier answer is not in focus: "add two" asks which, proposes nothing', async () => {
  const engine = createOfflineEngine({ knowledge, paceMs: 0 });
  const { tools, calls } = fakeTools(['propose_cart_change', 'product_details', 'search_products']);
  const history = [
    { role: 'user' as const, content: 'yes add it', cards: [] },
    {
      role: 'assistant' as const,
      content: 'Which product would you like? Tell me its name, for example **Vision X** in Black with 256 GB.',
      cards: [],
    },
  ];
  await collect(engine.reply({ ...turnOf('actually add two', tools), history }));
  assert.not.ok(calls.includes('propose_cart_change'), calls.join(', '));
});

test("[ACC3] an accessory and a device we do not sell: the answer is what the product's description says, not the list of our phones", async () => {
  const engine = createOfflineEngine({ knowledge, paceMs: 0 });
  const description =
    'It charges phones and most laptops up to 60 W. It does not carry video; for that you want a USB 3 cable.';
  const facts = {
    slug: 'usb-c-braided-cable-1m',
    name: 'Braided USB-C to USB-C Cable (1 m)',
    category: 'cables',
    tagline: '',
    description,
    specs: [],
    variants: [],
    rating: { average: null, count: 0 },
    fits: [{ slug: 'vision-go', name: 'Vision Go' }],
    url: '',
  };
  const { tools } = fakeTools(['product_details', 'search_products'], { product_details: { result: facts } });
  const events = await collect(engine.reply(turnOf('does the braided cable work with my monitor?', tools)));
  const text = events.map((e) => (e.type === 'text' ? e.text : '')).join('');
  assert.match(text, 'does not carry video');
  assert.not.match(text, 'works with the Vision Go');
});

test('[OFF2] tool records and cards come before the text, as the tool returned them', async () => {
  const engine = createOfflineEngine({ knowledge, paceMs: 0 });
  const card = {
    kind: 'order',
    number: 'VX-7K2M9QRT',
    status: 'shipped',
    createdAt: '2026-01-01T00:00:00Z',
    totalCents: 100,
    itemCount: 1,
    updatedAt: '2026-01-02T00:00:00Z',
  } as const;
  const result = {
    number: 'VX-7K2M9QRT',
    status: 'shipped',
    placedAt: '2026-01-01T00:00:00Z',
    items: [{ name: 'Vision Go', quantity: 1 }],
    totalCents: 34900,
  };
  const { tools } = fakeTools(['order_status'], { order_status: { result, cards: [card] } });
  const events = await collect(engine.reply(turnOf('where is VX-7K2M9QRT?', tools)));
  assert.equal(
    events.slice(0, 2).map((e) => e.type),
    ['tool', 'card'],
  );
  const text = events
    .slice(2)
    .map((e) => (e.type === 'text' ? e.text : ''))
    .join('');
  assert.match(text, '**Shipped**');
  assert.match(text, '$349.00');
});

test('every catalog product is recognised by its own name, and every pattern names a real product', () => {
  const slugs = new Set(catalog.products.map((p) => p.slug));
  for (const [slug] of PRODUCT_PATTERNS) assert.ok(slugs.has(slug), slug);
  for (const p of catalog.products) assert.equal(findProducts(p.name), [p.slug], p.name);
});

// [OFF10] Memory: what "it", "the other one" and "the cheaper one" mean after the cards shown.
const productCard = (slug: string, priceFromCents: number) =>
  ({
    kind: 'product',
    productId: 1,
    slug,
    name: slug,
    category: 'phones',
    tagline: '',
    image: '',
    priceFromCents,
    priceToCents: priceFromCents,
    inStock: true,
    rating: { average: null, count: 0 },
  }) as const;
const compared: HistoryTurn[] = [
  { role: 'user', content: 'compare the Vision X and the Vision Go', cards: [] },
  { role: 'assistant', content: '…', cards: [productCard('vision-x', 59900), productCard('vision-go', 34900)] },
];
const MEMORY_TABLE: Array<[string, HistoryTurn[], string | undefined]> = [
  [
    'how much is it?',
    [
      { role: 'user', content: 'tell me about the Halo', cards: [] },
      { role: 'assistant', content: '…', cards: [productCard('halo-vision-pro-ultra', 150000)] },
    ],
    'halo-vision-pro-ultra',
  ],
  ['the cheaper one', compared, 'vision-go'],
  ['the first one', compared, 'vision-x'],
  ['what about the other one', [...compared, { role: 'user', content: 'add the Vision Go', cards: [] }], 'vision-x'],
  ['and the Terra?', compared, 'vision-x-terra'],
  ['how much is it?', [], undefined],
];
for (const [text, history, expected] of MEMORY_TABLE) {
  test(`[OFF10] "${text}" after ${history.length} turns → ${expected}`, () => {
    assert.is(referent(text, findProducts(text), recall(history)), expected);
  });
}

test.run();
