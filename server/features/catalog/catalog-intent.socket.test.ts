import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CatalogListInput, CatalogPage, ChipKind, ProductCard } from '../../../shared/catalog.js';
import { ok } from '../../test/ack.js';
import { startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';

const test = suite<{ app: TestApp; socket: TestSocket }>(
  'catalog:list understands what the search asks for (real catalog)',
);

test.before(async (ctx) => {
  ctx.app = await startTestApp();
  ctx.socket = await ctx.app.connect(await ctx.app.guestCookie());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(10_000)); // refill the per-session rate limit: this suite is about search

async function list(socket: TestSocket, input: CatalogListInput): Promise<CatalogPage> {
  return ok(await socket.emitWithAck('catalog:list', { pageSize: 48, ...input }), 'catalog:list');
}
const slugs = (page: CatalogPage) => page.items.map((i) => i.slug);
const chipsOf = (page: CatalogPage) => page.chips.map((c) => [c.kind, c.value]);
const FIGURES: Record<string, Record<string, number>> = {
  battery: {
    'vision-x-terra': 6000,
    'halo-vision-pro-ultra': 5400,
    'vision-x-pro-max-ultra': 5000,
    'vision-x': 4600,
    'vision-go': 4200,
  },
  weight: {
    'vision-go': 162,
    'vision-x': 186,
    'vision-x-pro-max-ultra': 221,
    'halo-vision-pro-ultra': 229,
    'vision-x-terra': 248,
  },
};

interface Case {
  q: string;
  first: string;
  chips: [ChipKind, string | number][];
  /** Every item must pass this. */
  each: (item: ProductCard) => boolean;
  order?: (items: ProductCard[]) => boolean;
}
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);
const fitsTerra = new Set(['visionx-65w-gan-charger', 'visionx-qi2-wireless-pad', 'visionx-magnetic-power-bank']);

// Shoppers' own phrasings → the kind of thing asked comes first, ordered as asked, with its chips.
const cases: Case[] = [
  {
    q: 'budget handset',
    first: 'vision-go',
    chips: [
      ['category', 'phones'],
      ['sort', 'price-asc'],
    ],
    each: (i) => i.category === 'phones',
    order: (items) => ascending(items.map((i) => i.priceFromCents)),
  },
  {
    q: 'protector for the pro max',
    first: 'vision-x-pro-max-ultra-tempered-glass',
    chips: [
      ['category', 'screen-protectors'],
      ['fits', 'vision-x-pro-max-ultra'],
    ],
    each: (i) => i.slug === 'vision-x-pro-max-ultra-tempered-glass',
  },
  {
    q: 'phones below $650',
    first: 'vision-go',
    chips: [
      ['category', 'phones'],
      ['maxPrice', 65000],
    ],
    each: (i) => i.category === 'phones' && i.priceFromCents <= 65000,
  },
  {
    q: 'longest battery',
    first: 'vision-x-terra',
    chips: [
      ['category', 'phones'],
      ['sort', 'battery'],
    ],
    each: (i) => i.category === 'phones',
    order: (items) => ascending(items.map((i) => -FIGURES.battery![i.slug]!)),
  },
  {
    q: 'lightest phone',
    first: 'vision-go',
    chips: [
      ['category', 'phones'],
      ['sort', 'weight'],
    ],
    each: (i) => i.category === 'phones',
    order: (items) => ascending(items.map((i) => FIGURES.weight![i.slug]!)),
  },
  {
    q: 'charger for my terra',
    first: 'visionx-65w-gan-charger',
    chips: [
      ['category', 'chargers'],
      ['fits', 'vision-x-terra'],
    ],
    each: (i) => fitsTerra.has(i.slug),
  },
  {
    q: 'graphite handset with the biggest display',
    first: 'vision-x-terra',
    chips: [
      ['category', 'phones'],
      ['colour', 'graphite'],
      ['sort', 'screen'],
    ],
    each: (i) => i.slug === 'vision-x-terra',
  },
  {
    q: 'priciest earphones',
    first: 'vision-sound-over-ear',
    chips: [
      ['category', 'audio'],
      ['sort', 'price-desc'],
    ],
    each: (i) => i.category === 'audio',
  },
];
for (const c of cases) {
  test(`"${c.q}" → ${c.first} first, chips ${c.chips.map((x) => x.join(':')).join(', ')}`, async ({ socket }) => {
    const page = await list(socket, { q: c.q });
    assert.is(slugs(page)[0], c.first, slugs(page).join(', '));
    assert.equal(chipsOf(page), c.chips);
    assert.ok(page.items.every(c.each), slugs(page).join(', '));
    if (c.order) assert.ok(c.order(page.items), `order: ${slugs(page).join(', ')}`);
    assert.is(page.droppedText, null);
  });
}

test('a product name is still a text search: "vision x" finds the Vision X first, with no chips', async ({
  socket,
}) => {
  const page = await list(socket, { q: 'vision x' });
  assert.is(slugs(page)[0], 'vision-x');
  assert.equal(page.chips, []);
});

test('chips carry the catalog names of the phone and the colour', async ({ socket }) => {
  const page = await list(socket, { q: 'sand cover for my vision x' });
  assert.equal(
    page.chips.map((c) => c.label),
    ['cases', 'Vision X', 'Sand'],
  );
  assert.equal(slugs(page), ['vision-x-everyday-case']);
});

test('removing a chip (ignore) searches again without it', async ({ socket }) => {
  const withAll = await list(socket, { q: 'phones below $650' });
  const noPrice = await list(socket, { q: 'phones below $650', ignore: ['maxPrice'] });
  assert.equal(chipsOf(noPrice), [['category', 'phones']]);
  assert.is(noPrice.total, 5);
  assert.ok(noPrice.total > withAll.total);
  const noCategory = await list(socket, { q: 'phones below $650', ignore: ['category'] });
  assert.equal(chipsOf(noCategory), [['maxPrice', 65000]]);
  assert.ok(
    noCategory.items.some((i) => i.category !== 'phones'),
    'accessories under $650 too',
  );
  assert.ok(noCategory.items.every((i) => i.priceFromCents <= 65000));
});

test('removing the order of "longest battery" keeps its phones chip', async ({ socket }) => {
  const page = await list(socket, { q: 'longest battery', ignore: ['sort'] });
  assert.equal(chipsOf(page), [['category', 'phones']]);
  assert.is(page.total, 5);
});

test('words that find nothing among what was understood are dropped, and the answer says so', async ({ socket }) => {
  const page = await list(socket, { q: 'zebrafish phones below $650' });
  assert.is(page.droppedText, 'zebrafish');
  assert.equal(slugs(page).sort(), ['vision-go', 'vision-x']);
  const nothingUnderstood = await list(socket, { q: 'zebrafish' });
  assert.equal([nothingUnderstood.total, nothingUnderstood.droppedText], [0, null]);
});

test("the shopper's own filters and order win over what the text says", async ({ socket }) => {
  const page = await list(socket, { q: 'budget handset', sort: 'price-desc' });
  assert.equal(chipsOf(page), [['category', 'phones']]);
  assert.is(slugs(page)[0], 'halo-vision-pro-ultra');
  const cases = await list(socket, { q: 'lightest phone', category: ['cases'] });
  assert.equal(chipsOf(cases), [['sort', 'weight']]);
  assert.is(slugs(cases)[0], 'vision-go-loop-case');
});

test('catalog:suggest understands the same way: phones first for a cheap-handset search', async ({ socket }) => {
  const suggested = ok(await socket.emitWithAck('catalog:suggest', { q: 'affordable handset' }));
  assert.is(suggested[0]?.slug, 'vision-go');
  assert.ok(
    suggested.every((s) => s.category === 'phones'),
    suggested.map((s) => s.slug).join(', '),
  );
});

test('a bad ignore list is a bad_request naming the field', async ({ socket }) => {
  for (const ignore of [['colours'], 'category', [1], Array.from({ length: 21 }, (_, i) => `k${i}`)]) {
    const res = await socket.emitWithAck('catalog:list', { q: 'phone', ignore } as never);
    assert.is(!res.ok && res.error.code, 'bad_request', JSON.stringify(ignore));
    assert.ok(
      !res.ok && Object.keys(res.error.fields ?? {}).some((f) => f.startsWith('ignore')),
      JSON.stringify(!res.ok && res.error),
    );
  }
});

test.run();
