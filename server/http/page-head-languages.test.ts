import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeClientDir } from '../test/client-dir.js';
import { startTestApp, type TestApp } from '../test/harness.js';

const PUBLIC_URL = 'https://shop.example';
const client = makeClientDir();
const test = suite<{ app: TestApp }>('page <head> in the page language ([LANG3])');

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

/** What a crawler reads of the head: title, description, og:locale(s), the hreflang alternates. */
async function headOf(app: TestApp, path: string, language?: string) {
  const res = await app.api(path, { headers: language ? { 'accept-language': language } : {} });
  const html = await res.text();
  const metas = (key: string) =>
    [...html.matchAll(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`, 'g'))].map((m) =>
      decode(m[1]!),
    );
  return {
    status: res.status,
    html,
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    description: metas('description')[0],
    ogLocale: metas('og:locale'),
    ogAlternates: metas('og:locale:alternate').sort(),
    alternates: Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]*)" href="([^"]*)" \/>/g)].map((m) => [
        m[1]!,
        decode(m[2]!),
      ]),
    ),
  };
}

const alternatesOf = (canonical: string) => {
  const join = canonical.includes('?') ? '&' : '?';
  return {
    en: `${canonical}${join}lang=en`,
    fr: `${canonical}${join}lang=fr`,
    de: `${canonical}${join}lang=de`,
    es: `${canonical}${join}lang=es`,
    'x-default': canonical,
  };
};

test('[LANG3] a fixed page in each language: its title and description, og:locale, and the same hreflang set', async ({
  app,
}) => {
  const cases = [
    ['en', 'Support · VisionX', /^Answers in seconds/, 'en_US'],
    ['fr', 'Aide · VisionX', /^Des réponses en quelques secondes/, 'fr_FR'],
    ['de', 'Hilfe · VisionX', /^Antworten in Sekunden/, 'de_DE'],
    ['es', 'Soporte · VisionX', /^Respuestas en segundos/, 'es_ES'],
  ] as const;
  for (const [lang, title, description, ogLocale] of cases) {
    const head = await headOf(app, `/support?lang=${lang}`);
    assert.is(head.status, 200);
    assert.match(head.html, `<html lang="${lang}"`);
    assert.is(head.title, title, lang);
    assert.match(head.description!, description, lang);
    assert.equal(head.ogLocale, [ogLocale]);
    assert.equal(
      head.ogAlternates,
      cases
        .map((c) => c[3])
        .filter((l) => l !== ogLocale)
        .sort(),
      'the other three as og:locale:alternate',
    );
    assert.equal(head.alternates, alternatesOf(`${PUBLIC_URL}/support`));
  }
});

test('[LANG3] the language comes from the browser as for <html lang>; a category and a policy page say theirs', async ({
  app,
}) => {
  const category = await headOf(app, '/shop?category=cases', 'de-DE,de;q=0.9');
  assert.is(category.title, 'Hüllen · VisionX');
  assert.match(category.description!, /^Modulare VisionX-Smartphones/);
  assert.equal(category.alternates, alternatesOf(`${PUBLIC_URL}/shop?category=cases`));
  const policy = await headOf(app, '/policies/terms?lang=fr');
  assert.is(policy.title, 'CGV · VisionX');
  assert.is(
    policy.description,
    'Les conditions générales de vente de la boutique VisionX : votre compte, vos commandes, le paiement en dollars américains, la livraison, les retours et la garantie.',
  );
});

test('[LANG3] a product page in Spanish: the product keeps its name, tagline and facts; the head says es_ES', async ({
  app,
}) => {
  const [english, spanish] = [
    await headOf(app, '/products/vision-go'),
    await headOf(app, '/products/vision-go?lang=es'),
  ];
  assert.is(spanish.title, 'Vision Go · VisionX');
  assert.is(spanish.description, english.description);
  assert.equal(spanish.ogLocale, ['es_ES']);
  assert.equal(english.ogLocale, ['en_US']);
  assert.equal(spanish.alternates, alternatesOf(`${PUBLIC_URL}/products/vision-go`));
  const jsonLd = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(jsonLd(spanish.html), jsonLd(english.html), 'JSON-LD facts are the same in every language');
  const missing = await headOf(app, '/products/no-such-phone?lang=fr');
  assert.is(missing.status, 404);
  assert.is(missing.title, 'Produit introuvable · VisionX');
});

test.run();
