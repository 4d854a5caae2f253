import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ok } from '../../test/ack.js';
import { makeClientDir } from '../../test/client-dir.js';
import { cookieFrom, GOOD_PASSWORD, startTestApp, type TestApp } from '../../test/harness.js';

const client = makeClientDir();
const test = suite<{ app: TestApp }>('the language a page is served in ([LANG1])');

test.before(async (ctx) => {
  ctx.app = await startTestApp({}, { clientDir: client.dir });
});
test.after(async ({ app }) => {
  await app.stop();
  client.remove();
});

/** `<html lang>` and Content-Language of a page load. */
async function pageLanguage(app: TestApp, path: string, headers: { cookie?: string; language?: string } = {}) {
  const res = await app.api(path, {
    cookie: headers.cookie,
    headers: headers.language ? { 'accept-language': headers.language } : {},
  });
  const html = await res.text();
  assert.is(res.status, 200, html);
  const lang = /<html lang="([^"]*)"/.exec(html)?.[1];
  assert.is(res.headers.get('content-language'), lang, 'the header says what <html lang> says');
  return { lang, vary: res.headers.get('vary') ?? '' };
}

const choose = async (app: TestApp, cookie: string, locale: 'en' | 'fr' | 'de' | 'es') =>
  ok(await (await app.connect(cookie)).emitWithAck('session:set-locale', { locale }));

test('[LANG1] a first visit: the browser language the shop speaks, else English; the answer varies by both', async ({
  app,
}) => {
  assert.is((await pageLanguage(app, '/')).lang, 'en');
  assert.is((await pageLanguage(app, '/shop', { language: 'de-CH,de;q=0.9,en;q=0.5' })).lang, 'de');
  assert.is((await pageLanguage(app, '/about', { language: 'it-IT,it;q=0.9' })).lang, 'en');
  const { vary } = await pageLanguage(app, '/', { language: 'fr' });
  for (const header of ['Accept-Encoding', 'Accept-Language', 'Cookie']) assert.match(vary, header);
});

test('[LANG1] ?lang= wins for the page it is on; a language the shop does not speak is ignored', async ({ app }) => {
  assert.is((await pageLanguage(app, '/?lang=es', { language: 'de' })).lang, 'es');
  assert.is((await pageLanguage(app, '/?lang=it', { language: 'de' })).lang, 'de');
  assert.is((await pageLanguage(app, '/?lang=%22%3E%3Cscript%3E', { language: 'fr' })).lang, 'fr');
  assert.is((await pageLanguage(app, '/?lang=fr&lang=de')).lang, 'en', 'two values are no choice');
});

test("[LANG1] the browser's choice beats Accept-Language, and the account's beats the browser's", async ({ app }) => {
  const guest = await app.guestCookie();
  await choose(app, guest, 'fr');
  assert.is((await pageLanguage(app, '/', { cookie: guest, language: 'de' })).lang, 'fr');

  const { cookie, email } = await app.register();
  await choose(app, cookie, 'es');
  // A browser that chose German signs in to the Spanish account: the account's choice wins.
  const browser = await app.guestCookie();
  await choose(app, browser, 'de');
  const res = await app.api('/api/auth/login', { body: { email, password: GOOD_PASSWORD }, cookie: browser });
  assert.is(res.status, 200);
  assert.is((await pageLanguage(app, '/', { cookie: cookieFrom(res), language: 'fr' })).lang, 'es');
});

test.run();
