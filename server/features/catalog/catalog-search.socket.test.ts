import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CatalogListInput, CatalogPage } from '../../../shared/catalog.js';
import { ok } from '../../test/ack.js';
import { startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';

const test = suite<{ app: TestApp; socket: TestSocket }>('catalog:list search and discovery (real catalog)');

test.before(async (ctx) => {
  ctx.app = app = await startTestApp();
  ctx.socket = await ctx.app.connect(await ctx.app.guestCookie());
});
test.after(async ({ app }) => app.stop());

let app: TestApp;
async function list(socket: TestSocket, input: CatalogListInput): Promise<CatalogPage> {
  app.clock.advance(100); // one request's worth of the per-session rate limit (10/s): this suite is about search
  return ok(await socket.emitWithAck('catalog:list', input), 'catalog:list');
}
const slugs = (page: CatalogPage) => page.items.map((i) => i.slug);

// What a shopper remembers → what must come first.
const topResults: [string, string][] = [
  ['vision x pro max ultra', 'vision-x-pro-max-ultra'],
  ['Halo', 'halo-vision-pro-ultra'],
  ['vision go', 'vision-go'],
  ['5000 mAh', 'vision-x-pro-max-ultra'],
  ['5,000mAh', 'vision-x-pro-max-ultra'],
  ['usb-c cable', 'usb-c-braided-cable-1m'],
  ['halo case', 'halo-vision-pro-ultra-clear-case'],
  ['charger', 'visionx-65w-gan-charger'],
  ['power bank', 'visionx-magnetic-power-bank'],
  ['rugged', 'vision-x-terra'],
  ['budget phone', 'vision-go'],
  ['earbuds', 'vision-buds-pro'],
  ['over-ear headphones', 'vision-sound-over-ear'],
  ['tempered glass halo', 'halo-vision-pro-ultra-tempered-glass'],
  ['qi2 wireless', 'visionx-qi2-wireless-pad'],
  ['terra', 'vision-x-terra'],
  ['65W', 'visionx-65w-gan-charger'],
];
for (const [q, want] of topResults) {
  test(`search "${q}" → ${want} first`, async ({ socket }) => {
    assert.is(slugs(await list(socket, { q }))[0], want);
  });
}

test('"transparent" finds the transparent phones and the clear case', async ({ socket }) => {
  const found = slugs(await list(socket, { q: 'transparent', pageSize: 48 }));
  for (const slug of ['vision-x-pro-max-ultra', 'halo-vision-pro-ultra', 'halo-vision-pro-ultra-clear-case'])
    assert.ok(found.includes(slug), slug);
  assert.not.ok(found.includes('vision-go'));
});

const typos: [string, string, string][] = [
  ['trnsparent phone', 'transparent phone', 'halo-vision-pro-ultra'],
  ['chrager', 'charger', 'visionx-65w-gan-charger'],
  ['earbdus', 'earbuds', 'vision-buds-pro'],
  ['halo vison', 'halo vision', 'halo-vision-pro-ultra'],
  ['ruggde', 'rugged', 'vision-x-terra'],
];
for (const [q, corrected, expected] of typos) {
  test(`typo "${q}" is searched as "${corrected}"`, async ({ socket }) => {
    const page = await list(socket, { q, pageSize: 48 });
    assert.is(page.correctedQuery, corrected);
    assert.ok(slugs(page).includes(expected), `${expected} in ${slugs(page)}`);
  });
}

test('a word still being typed matches as a prefix, without a correction', async ({ socket }) => {
  const page = await list(socket, { q: 'wirel' });
  assert.is(page.correctedQuery, null);
  assert.ok(slugs(page).includes('visionx-qi2-wireless-pad'));
});

test('nothing found: empty items, suggestions to try instead', async ({ socket }) => {
  const page = await list(socket, { q: 'zzzqqqxx' });
  assert.equal([page.items.length, page.total, page.pageCount], [0, 0, 0]);
  assert.ok(page.suggestions.length > 0);
  for (const s of page.suggestions)
    assert.ok((await list(socket, { q: s })).total > 0, `suggestion "${s}" finds something`);
});

test('filters: category, colour, storage, price range, in stock', async ({ socket }) => {
  const phones = await list(socket, { category: ['phones'], pageSize: 48 });
  assert.is(phones.total, 5);
  assert.ok(phones.items.every((i) => i.category === 'phones'));
  const black512 = await list(socket, { colour: ['black'], storage: [512], pageSize: 48 });
  assert.equal(slugs(black512).sort(), ['halo-vision-pro-ultra', 'vision-x-pro-max-ultra']);
  const cheap = await list(socket, { maxPrice: 2000, pageSize: 48 });
  assert.ok(cheap.items.every((i) => i.priceFromCents <= 2000) && cheap.total > 0);
  const band = await list(socket, { minPrice: 50000, maxPrice: 70000, pageSize: 48 });
  assert.ok(band.items.every((i) => i.priceFromCents >= 50000 && i.priceToCents <= 70000) && band.total > 0);
  const inStock = await list(socket, { inStock: true, pageSize: 48 });
  assert.ok(inStock.items.every((i) => i.inStock));
});

test('facet counts: what each choice would give, ignoring its own filter', async ({ socket }) => {
  const page = await list(socket, { category: ['phones'], colour: ['black'] });
  const phonesFacet = page.facets.category.find((c) => c.value === 'phones')!;
  assert.is(phonesFacet.count, (await list(socket, { category: ['phones'], colour: ['black'], pageSize: 48 })).total);
  for (const c of page.facets.colour) {
    const alone = await list(socket, { category: ['phones'], colour: [c.value], pageSize: 48 });
    assert.is(c.count, alone.total, `colour ${c.value}`);
  }
  for (const s of page.facets.storage) {
    const alone = await list(socket, { category: ['phones'], colour: ['black'], storage: [s.value], pageSize: 48 });
    assert.is(s.count, alone.total, `storage ${s.value}`);
  }
});

test('sorts: price up and down, newest, rating', async ({ socket }) => {
  const prices = (p: CatalogPage) => p.items.map((i) => i.priceFromCents);
  const up = prices(await list(socket, { sort: 'price-asc', pageSize: 48 }));
  assert.equal(
    up,
    [...up].sort((a, b) => a - b),
  );
  const down = prices(await list(socket, { sort: 'price-desc', pageSize: 48 }));
  assert.equal(
    down,
    [...down].sort((a, b) => b - a),
  );
  const newest = (await list(socket, { sort: 'newest', pageSize: 48 })).items.map((i) => i.releaseDate);
  assert.equal(newest, [...newest].sort().reverse());
  const rated = (await list(socket, { sort: 'rating', pageSize: 48 })).items.map((i) => i.rating.average ?? 0);
  assert.equal(
    rated,
    [...rated].sort((a, b) => b - a),
  );
});

test('pagination: pages tile the result, the last page is short, past the end is empty', async ({ socket }) => {
  const all = await list(socket, { pageSize: 48, sort: 'price-asc' });
  const pages = await Promise.all([1, 2, 3].map((page) => list(socket, { pageSize: 8, page, sort: 'price-asc' })));
  assert.equal(pages.flatMap(slugs), slugs(all));
  assert.equal(
    pages.map((p) => p.pageCount),
    [3, 3, 3],
  );
  assert.is(pages[2]!.items.length, all.total - 16);
  const beyond = await list(socket, { pageSize: 8, page: 4 });
  assert.equal([beyond.items.length, beyond.total, beyond.page], [0, all.total, 4]);
});

test.run();
