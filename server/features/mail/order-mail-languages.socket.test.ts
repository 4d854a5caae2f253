import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Locale } from '../../../shared/locales.js';
import { ok } from '../../test/ack.js';
import { startChatApp } from '../../test/chat-helpers.js';
import { GOOD_PASSWORD, type TestApp } from '../../test/harness.js';
import { outboxRow, outboxRows } from '../../test/mail-helpers.js';
import { afterAnswer } from '../../test/account-helpers.js';
import { moveOrderAs, placeOrder } from '../../test/shop-helpers.js';
import { money } from './templates/mail-format.js';
import { moneyIn } from './words/mail-words.js';

const test = suite<{ app: TestApp }>('mail in the recipient’s language, chosen when it is queued ([LANG4])');
test.before(async (ctx) => {
  ctx.app = (await startChatApp({ PUBLIC_URL: 'https://shop.example' })).app;
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const choose = async (app: TestApp, cookie: string, locale: Locale) =>
  ok(await (await app.connect(cookie)).emitWithAck('session:set-locale', { locale }));

/** A queued mail as it will be sent: subject, and the bodies opened (sealed ones too). */
function queued(app: TestApp, eventId: string) {
  const row = outboxRow(app.ctx.db, eventId);
  assert.ok(row, `${eventId} is queued`);
  return { subject: row.subject, ...app.ctx.outbox.open(row) };
}

test('[LANG4] an account that chose French gets a French receipt, French money, and a French shipped notice', async ({
  app,
}) => {
  const { cookie } = await app.register();
  await choose(app, cookie, 'fr');
  const order = await placeOrder(app, await app.connect(cookie), [1]);
  const receipt = queued(app, `order-receipt:${order.number}`);
  assert.is(receipt.subject, `Votre commande VisionX ${order.number}`);
  assert.match(receipt.html, '<html lang="fr">');
  assert.match(receipt.text, 'Merci pour votre commande');
  const total = moneyIn('fr')(order.totalCents);
  assert.match(total, /\$US$/);
  assert.ok(
    receipt.text.split('\n').some((l) => /^Total\s/.test(l) && l.endsWith(` ${total}`)),
    receipt.text,
  );
  await moveOrderAs(app, order.number, ['packed']);
  await moveOrderAs(app, order.number, ['shipped'], 'system');
  assert.is(
    queued(app, `order-shipped:${order.number}`).subject,
    `Votre commande VisionX ${order.number} a été expédiée`,
  );
});

test('[LANG4] a guest who chose German gets a German receipt; one who chose nothing, the English one as before', async ({
  app,
}) => {
  const german = await app.guestCookie();
  await choose(app, german, 'de');
  const order = await placeOrder(app, await app.connect(german), [1]);
  const receipt = queued(app, `order-receipt:${order.number}`);
  assert.is(receipt.subject, `Ihre VisionX-Bestellung ${order.number}`);
  assert.match(receipt.text, `Gesamtsumme`);
  assert.match(receipt.text, moneyIn('de')(order.totalCents));

  const english = await placeOrder(app, await app.connect(await app.guestCookie()), [1]);
  const plain = queued(app, `order-receipt:${english.number}`);
  assert.is(plain.subject, `Your VisionX order ${english.number}`);
  assert.match(plain.html, '<html lang="en">');
  assert.ok(plain.text.split('\n').some((l) => /^Total\s/.test(l) && l.endsWith(` ${money(english.totalCents)}`)));
});

test('[LANG4] signing up from a browser that chose Spanish: the welcome and the sealed verification link in Spanish', async ({
  app,
}) => {
  const browser = await app.guestCookie();
  await choose(app, browser, 'es');
  const email = `ana-${Date.now()}@example.com`;
  const res = await app.api('/api/auth/register', {
    body: { email, name: 'Ana', password: GOOD_PASSWORD },
    cookie: browser,
  });
  assert.is(res.status, 201);
  const rows = outboxRows(app.ctx.db).filter((r) => r.toAddress === email);
  assert.equal(
    rows.map((r) => r.kind),
    ['welcome', 'verify_email'],
  );
  assert.ok(rows[1]!.sealed, 'the link is sealed as before');
  const [welcome, verify] = rows.map((r) => queued(app, r.eventId));
  assert.is(welcome!.subject, 'Te damos la bienvenida a VisionX');
  assert.is(verify!.subject, 'Confirma tu dirección de correo');
  assert.match(verify!.text, 'Hola, Ana: confirma que');
});

test('[LANG4] a browser that reads French and never chose: its guest receipt and its sign-up mail are French; an English browser’s stay English', async ({
  app,
}) => {
  const french = await app.guestCookie({ 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' });
  const order = await placeOrder(app, await app.connect(french), [1]);
  assert.is(queued(app, `order-receipt:${order.number}`).subject, `Votre commande VisionX ${order.number}`);
  const email = `lea-${Date.now()}@example.com`;
  const res = await app.api('/api/auth/register', {
    body: { email, name: 'Léa', password: GOOD_PASSWORD },
    cookie: french,
  });
  assert.is(res.status, 201);
  const welcome = outboxRows(app.ctx.db).find((r) => r.toAddress === email && r.kind === 'welcome')!;
  assert.match(queued(app, welcome.eventId).html, '<html lang="fr">');

  const english = await app.guestCookie({ 'accept-language': 'en-GB,en;q=0.8,fr;q=0.5' });
  const plain = await placeOrder(app, await app.connect(english), [1]);
  assert.is(queued(app, `order-receipt:${plain.number}`).subject, `Your VisionX order ${plain.number}`);
});

test('[LANG4] a reset link in the account’s language, else in the language of the page that asked', async ({ app }) => {
  const forgot = async (email: string, headers: Record<string, string>) => {
    const res = await app.api('/api/auth/password/forgot', { body: { email }, headers });
    assert.is(res.status, 202);
    await afterAnswer();
    const row = outboxRows(app.ctx.db).findLast((r) => r.toAddress === email && r.kind === 'password_reset')!;
    return queued(app, row.eventId).html;
  };
  const undecided = await app.register();
  assert.match(await forgot(undecided.email, { 'accept-language': 'de-DE,de;q=0.9' }), '<html lang="de">');
  const french = await app.register();
  await choose(app, french.cookie, 'fr');
  assert.match(await forgot(french.email, { 'accept-language': 'de-DE,de;q=0.9' }), '<html lang="fr">');
});

test.run();
