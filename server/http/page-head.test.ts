import { eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { products, variants } from '../db/schema.js';
import { makeClientDir } from '../test/client-dir.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { signInStaff } from '../test/helpers.js';
// The client's own matcher (not exported by the package's entry): what the browser will render.
import { createMatcher } from '../../node_modules/@solidjs/router/dist/utils.js';

const PUBLIC_URL = 'https://shop.example';
const client = makeClientDir();
const test = suite<{ app: TestApp }>('page <head> per route');

test.before(async (ctx) => {
  ctx.app = await startTestApp({ PUBLIC_URL }, { clientDir: client.dir });
});
test.after(async ({ app }) => {
  await app.stop();
  client.remove();
});

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The head as a crawler reads it: title, meta by name or property, canonical, JSON-LD. */
async function headOf(app: TestApp, path: string) {
  const res = await app.api(path);
  const html = await res.text();
  const meta = (key: string) => {
    const found = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`).exec(html)?.[1];
    return found === undefined ? undefined : decode(found);
  };
  return {
    res,
    html,
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    meta,
    canonical: /<link rel="canonical" href="([^"]*)" \/>/.exec(html)?.[1],
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1]!) as Record<string, any>,
    ),
  };
}

test('[HEAD1] home: title, description, canonical, OpenGraph and Twitter card with absolute URLs, Organization and WebSite', async ({
  app,
}) => {
  const head = await headOf(app, '/');
  assert.is(head.res.status, 200);
  assert.is(head.res.headers.get('cache-control'), 'no-cache');
  assert.is(head.title, 'Your Forever Phone · VisionX');
  assert.is(head.html.match(/<title>/g)?.length, 1, 'the template title is replaced, not repeated');
  assert.is(head.html.match(/name="description"/g)?.length, 1);
  assert.not.match(head.html, "The template's own words");
  assert.match(head.meta('description')!, 'modular, repairable');
  assert.is(head.canonical, `${PUBLIC_URL}/`);
  assert.is(head.meta('og:url'), `${PUBLIC_URL}/`);
  assert.is(head.meta('og:type'), 'website');
  assert.is(head.meta('og:title'), head.title);
  assert.match(head.meta('og:image')!, /^https:\/\/shop\.example\/images\/share\/visionx\.png\?v=[0-9a-f]{12}$/);
  assert.is(head.meta('og:image:width'), '1200');
  assert.is(head.meta('og:image:height'), '630');
  assert.is(head.meta('twitter:card'), 'summary_large_image');
  assert.is(head.meta('twitter:image'), head.meta('og:image'));
  assert.is(head.meta('robots'), undefined, 'the home page is indexed');
  assert.equal(
    head.jsonLd.map((d) => d['@type']),
    ['Organization', 'WebSite'],
  );
  assert.is(head.jsonLd[1]!.potentialAction.target.urlTemplate, `${PUBLIC_URL}/shop?q={search_term_string}`);
  assert.match(head.html, '<html lang="en">');
});

test('[HEAD3] a product page: its name, tagline, image and a Product with one USD offer per variant', async ({
  app,
}) => {
  const head = await headOf(app, '/products/vision-go');
  assert.is(head.res.status, 200);
  assert.is(head.title, 'Vision Go · VisionX');
  assert.is(head.canonical, `${PUBLIC_URL}/products/vision-go`);
  assert.is(head.meta('og:type'), 'product');
  assert.match(head.meta('og:image')!, /^https:\/\/shop\.example\/images\/share\/vision-go\.png\?v=/);
  assert.is(head.meta('og:image:alt'), 'Vision Go');
  const [product] = head.jsonLd;
  assert.is(product!['@type'], 'Product');
  assert.is(product!.name, 'Vision Go');
  assert.is(product!.brand.name, 'VisionX');
  assert.ok(product!.image.every((src: string) => src.startsWith(`${PUBLIC_URL}/images/`)));
  const rows = app.ctx.db.select().from(variants).all();
  const own = rows.filter((v) => product!.offers.some((o: any) => o.sku === v.sku));
  assert.is(product!.offers.length, 8);
  assert.is(own.length, 8);
  for (const offer of product!.offers) {
    const v = own.find((r) => r.sku === offer.sku)!;
    assert.is(offer.price, (v.priceCents / 100).toFixed(2));
    assert.is(offer.priceCurrency, 'USD');
    assert.is(offer.availability, `https://schema.org/${v.stock > 0 ? 'InStock' : 'OutOfStock'}`);
  }
  assert.is(product!.aggregateRating.reviewCount, 5);
  assert.ok(product!.aggregateRating.ratingValue >= 1 && product!.aggregateRating.ratingValue <= 5);
});

test('[HEAD3] availability follows stock; no rating without reviews; one variant names its SKU', async ({ app }) => {
  const slug = 'halo-vision-pro-ultra-tempered-glass';
  const product = app.ctx.db.select().from(products).where(eq(products.slug, slug)).get()!;
  app.ctx.db.update(variants).set({ stock: 0 }).where(eq(variants.productId, product.id)).run();
  const [ld] = (await headOf(app, `/products/${slug}`)).jsonLd;
  assert.is(ld!.offers.length, 1);
  assert.is(ld!.sku, ld!.offers[0].sku);
  assert.is(ld!.offers[0].availability, 'https://schema.org/OutOfStock');
  assert.is(ld!.aggregateRating, undefined, 'no reviews, no rating');
});

test('[HEAD2] product names are data: quotes and </script> cannot leave their tag', async ({ app }) => {
  const evil = `Vision "X" </script><script>alert('pwned')</script> & <b>more</b>`;
  app.ctx.db.update(products).set({ name: evil }).where(eq(products.slug, 'vision-x')).run();
  const head = await headOf(app, '/products/vision-x');
  assert.not.match(head.html, '<script>alert');
  assert.not.match(head.html, '<b>more');
  assert.is(head.title, `${evil} · VisionX`);
  assert.is(head.meta('og:title'), `${evil} · VisionX`);
  assert.is(head.meta('og:image:alt'), evil);
  assert.is(head.jsonLd[0]!.name, evil, 'the JSON-LD still parses to the same name');
  assert.is(head.html.match(/<\/script>/g)?.length, 2, 'only the JSON-LD script and the module script end');
});

test('[HEAD2] an unknown product or page is the not-found page: 404, noindex', async ({ app }) => {
  for (const [path, title] of [
    ['/products/no-such-phone', 'Product not found · VisionX'],
    ['/products/%3Cscript%3E', 'Product not found · VisionX'],
    ['/policies/cookies', 'Page not found · VisionX'],
    ['/no/such/page', 'Page not found · VisionX'],
  ]) {
    const head = await headOf(app, path!);
    assert.is(head.res.status, 404, path);
    assert.is(head.title, title, path);
    assert.is(head.meta('robots'), 'noindex', path);
    assert.equal(head.jsonLd, [], path);
    assert.match(head.html, '<div id="root"></div>', 'the app still renders its not-found page');
    assert.not.match(head.html, '<script>', path);
  }
});

test('[HEAD2] listings, policies and information pages are indexed; search and private pages are not', async ({
  app,
}) => {
  const pages: [string, string, string, boolean][] = [
    ['/shop', 'Shop · VisionX', '/shop', true],
    ['/shop?category=audio', 'Audio · VisionX', '/shop?category=audio', true],
    ['/shop?category=phones&sort=newest', 'Phones · VisionX', '/shop?category=phones', true],
    ['/shop?category=nonsense', 'Shop · VisionX', '/shop', true],
    ['/shop?q=case', 'Shop · VisionX', '/shop', false],
    ['/policies/shipping', 'Shipping & returns · VisionX', '/policies/shipping', true],
    ['/about', 'About · VisionX', '/about', true],
    ['/contact', 'Contact · VisionX', '/contact', true],
    ['/support', 'Support · VisionX', '/support', true],
    ['/cart', 'Cart · VisionX', '/cart', false],
    ['/checkout', 'Checkout · VisionX', '/checkout', false],
    ['/checkout/confirmation/VX-1', 'Order confirmed · VisionX', '/checkout/confirmation/VX-1', false],
    ['/account', 'Account · VisionX', '/account', false],
    ['/signin?next=%2Forders', 'Sign in · VisionX', '/signin', false],
    ['/register', 'Create account · VisionX', '/register', false],
    ['/reset-password', 'Choose a new password · VisionX', '/reset-password', false],
    ['/orders', 'Your orders · VisionX', '/orders', false],
    ['/orders/VX-1', 'Order · VisionX', '/orders/VX-1', false],
  ];
  for (const [path, title, canonical, indexed] of pages) {
    const head = await headOf(app, path);
    assert.is(head.res.status, 200, path);
    assert.is(head.title, title, path);
    assert.is(head.canonical, PUBLIC_URL + canonical, path);
    assert.is(head.meta('robots'), indexed ? undefined : 'noindex', path);
    assert.is(head.meta('og:url'), PUBLIC_URL + canonical, path);
  }
});

test('[HEAD2] the staff console keeps its guard; a staff member gets it with noindex, never cached', async ({
  app,
}) => {
  const res = await app.api('/staff');
  assert.is(res.status, 302);
  assert.is(res.headers.get('location'), '/signin?next=%2Fstaff');
  const staff = await signInStaff(app);
  const page = await app.api('/staff/chats/7', { cookie: staff.cookie });
  assert.is(page.status, 200);
  assert.is(page.headers.get('cache-control'), 'no-store');
  const html = await page.text();
  assert.match(html, '<title>Staff console · VisionX</title>');
  assert.match(html, '<meta name="robots" content="noindex" />');
});

test('[HEAD2] fixed segments match in any case, as the client router matches them; the canonical URL is lower case', async ({
  app,
}) => {
  const pages: [string, string, string][] = [
    ['/Account', 'Account · VisionX', '/account'],
    ['/VERIFY-EMAIL', 'Confirm your email · VisionX', '/verify-email'],
    ['/SHOP?category=audio', 'Audio · VisionX', '/shop?category=audio'],
    ['/Products/vision-go', 'Vision Go · VisionX', '/products/vision-go'],
    ['/Policies/shipping', 'Shipping & returns · VisionX', '/policies/shipping'],
    ['/Orders/VX-1', 'Order · VisionX', '/orders/VX-1'],
    ['/Checkout/Confirmation/VX-1', 'Order confirmed · VisionX', '/checkout/confirmation/VX-1'],
  ];
  for (const [path, title, canonical] of pages) {
    const head = await headOf(app, path);
    assert.is(head.res.status, 200, path);
    assert.is(head.title, title, path);
    assert.is(head.canonical, PUBLIC_URL + canonical, path);
  }
  // A parameter keeps its case: no product or policy is spelled in capitals.
  for (const path of ['/products/Vision-Go', '/policies/Shipping']) {
    assert.is((await headOf(app, path)).res.status, 404, path);
  }
});

/** The storefront's route patterns, read from the client's route table (client/src/app.tsx). */
const clientRoutes = [
  ...readFileSync(new URL('../../client/src/app.tsx', import.meta.url), 'utf8').matchAll(/<Route path="(\/[^"]*)"/g),
].map((m) => m[1]!);

test('[HEAD2] the server answers 200 exactly where the client router renders a page (not its not-found page)', async ({
  app,
}) => {
  assert.ok(clientRoutes.includes('/products/:slug') && clientRoutes.includes('/account'), 'the route table was read');
  const matchers = clientRoutes.filter((r) => !r.startsWith('/staff')).map((r) => createMatcher(r));
  const probes = [
    '/Account',
    '/account/',
    '/account/x',
    '/accounts',
    '//account',
    '/Cart',
    '/orders//VX-1',
    '/Orders/VX-1',
    '/CHECKOUT/confirmation/VX-1',
    '/Products/vision-go',
    '/products/vision-go/x',
    '/Reset-Password',
    '/policies/shipping',
  ];
  for (const path of probes) {
    const rendered = matchers.some((match) => match(path) !== null);
    assert.is((await headOf(app, path)).res.status, rendered ? 200 : 404, path);
  }
});

test('[HEAD2] a path that begins with // names no other host and no page: the 404 head, not an error', async ({
  app,
}) => {
  for (const path of ['//evil.com/products/vision-go', '//products/vision-go', '//a:b/x', '//[', '//evil.com']) {
    const head = await headOf(app, path);
    assert.is(head.res.status, 404, path);
    assert.is(head.title, 'Page not found · VisionX', path);
    assert.equal(head.jsonLd, [], path);
    assert.ok(head.canonical?.startsWith(`${PUBLIC_URL}/`), `${path}: ${head.canonical}`);
  }
});

test.run();
