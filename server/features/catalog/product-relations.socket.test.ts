import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ProductCard, ProductDetail } from '../../../shared/catalog.js';
import { ok } from '../../test/ack.js';
import { startTestApp, type TestApp, type TestSocket } from '../../test/harness.js';
import { recordEvents } from '../../test/helpers.js';

const test = suite<{ app: TestApp; a: TestSocket; b: TestSocket }>('catalog: gallery, compatibility, cards by slug');

test.before(async (ctx) => {
  ctx.app = await startTestApp();
  ctx.a = await ctx.app.connect(await ctx.app.guestCookie());
  ctx.b = await ctx.app.connect(await ctx.app.guestCookie());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(10_000)); // refill the per-session rate limit

async function product(socket: TestSocket, slug: string): Promise<ProductDetail> {
  return ok(await socket.emitWithAck('catalog:get', { slug }), `catalog:get ${slug}`);
}

test('[PDP1] catalog:get carries every view per colour, front first, each served and cached', async ({ app, a }) => {
  const p = await product(a, 'vision-go');
  assert.equal(Object.keys(p.gallery).sort(), Object.keys(p.images).sort());
  const coral = p.gallery.coral!;
  assert.equal(
    coral.map((g) => g.view),
    ['front', 'back', 'side', 'detail'],
  );
  assert.is(coral[0]!.url, p.images.coral);
  const hash = p.images.coral!.split('?v=')[1]!;
  assert.match(hash, /^[0-9a-f]{10}$/);
  for (const { view, url } of coral) {
    assert.ok(url.endsWith(`?v=${hash}`), url);
    const res = await fetch(app.url + url);
    assert.is(res.status, 200, url);
    assert.match(res.headers.get('cache-control')!, /immutable/);
    if (view !== 'front') assert.match(await res.text(), new RegExp(`Vision Go in Coral \\(${view} view\\)`));
  }
});

test('[PDP1] a cable has no back view', async ({ a }) => {
  const p = await product(a, 'usb-c-braided-cable-1m');
  for (const views of Object.values(p.gallery))
    assert.equal(
      views.map((g) => g.view),
      ['front', 'side', 'detail'],
    );
});

test('[PDP2] a phone lists the accessories that fit it, with their notes; an accessory the phones it works with', async ({
  a,
}) => {
  const phone = await product(a, 'vision-x');
  const slugs = phone.compatible.map((c) => c.slug);
  assert.ok(slugs.includes('vision-x-everyday-case'));
  assert.ok(slugs.includes('visionx-qi2-wireless-pad'));
  assert.not.ok(slugs.includes('vision-go-loop-case'), 'a case of another phone');
  assert.not.ok(phone.compatible.some((c) => c.category === 'phones'));
  assert.is(
    phone.compatible.find((c) => c.slug === 'vision-x-everyday-case')?.note,
    'adds the Qi2 magnets the Vision X lacks',
  );

  const pad = await product(a, 'visionx-qi2-wireless-pad');
  assert.equal(
    pad.compatible.map((c) => c.slug),
    ['vision-x-pro-max-ultra', 'halo-vision-pro-ultra', 'vision-x', 'vision-x-terra'],
  );
  assert.is(pad.compatible[3]!.note, 'Qi without magnets, 5–10 W');
  const card = pad.compatible[0]!;
  assert.ok(card.priceFromCents > 0 && card.image.startsWith('/images/vision-x-pro-max-ultra/'));
});

test('[PDP4] catalog:cards answers cards in the order asked, leaves out unknown slugs, pushes nothing', async ({
  a,
  b,
}) => {
  const seenByA = recordEvents(a);
  const seenByB = recordEvents(b);
  const cards: ProductCard[] = ok(
    await a.emitWithAck('catalog:cards', { slugs: ['vision-go', 'no-such-thing', 'vision-x'] }),
    'catalog:cards',
  );
  assert.equal(
    cards.map((c) => c.slug),
    ['vision-go', 'vision-x'],
  );
  assert.ok(cards[0]!.image.includes('/images/vision-go/'));
  assert.equal(seenByA, [], 'a request is answered by its ack alone');
  assert.equal(seenByB, []);
});

test('[PDP4] catalog:cards refuses what is not a short list of slugs', async ({ a }) => {
  for (const bad of [
    {},
    { slugs: [] },
    { slugs: 'vision-x' },
    { slugs: ['../etc'] },
    { slugs: Array.from({ length: 9 }, (_, i) => `p${i}`) },
    { slugs: ['vision-x'], extra: 1 },
  ]) {
    const res = await a.emitWithAck('catalog:cards', bad as never);
    assert.is(!res.ok && res.error.code, 'bad_request', JSON.stringify(bad));
  }
});

test.run();
