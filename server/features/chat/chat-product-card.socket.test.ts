import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { and, eq, gt } from 'drizzle-orm';
import type { Cart } from '../../../shared/cart.js';
import type { ChatCard, ProductCardData } from '../../../shared/chat.js';
import { cartLines, chatMessages, products, variants } from '../../db/schema.js';
import { ask, startChatApp } from '../../test/chat-helpers.js';
import { nextEvent, type TestApp } from '../../test/harness.js';
import { recordEvents } from '../../test/helpers.js';
import type { ScriptedEngine } from '../../test/scripted-engine.js';
import { ok } from '../../test/ack.js';

const test = suite<{ app: TestApp; scripted: ScriptedEngine }>('chat: a product card can add its product to the cart');
test.before(async (ctx) => {
  Object.assign(ctx, await startChatApp());
});
test.after(async ({ app }) => app.stop());
test.before.each(({ app }) => app.clock.advance(60_000));

const productIn = (cards: ChatCard[]) => cards.find((c): c is ProductCardData => c.kind === 'product')!;
const details = (slug: string) => ({ tool: 'product_details', args: { slug } });

function variantsOf(app: TestApp, slug: string) {
  const product = app.ctx.db.select().from(products).where(eq(products.slug, slug)).get()!;
  return app.ctx.db.select().from(variants).where(eq(variants.productId, product.id)).all();
}
const cheapest = <V extends { priceCents: number }>(vs: V[]) => vs.toSorted((a, b) => a.priceCents - b.priceCents)[0]!;

test('[CHATUI4] the card names the variant the product page opens with: the cheapest in stock, else the cheapest', async ({
  app,
  scripted,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const all = variantsOf(app, 'vision-go');
  assert.ok(new Set(all.map((v) => v.priceCents)).size > 1, 'the product has variants at different prices');
  const first = cheapest(all.filter((v) => v.stock > 0));
  const colours = app.ctx.db.select().from(products).where(eq(products.slug, 'vision-go')).get()!.colours;

  scripted.script(details('vision-go'), { text: 'Here it is.' });
  const shown = productIn((await ask(socket, 'Tell me about the Vision Go')).end.message.cards);
  assert.equal(shown.variant, {
    id: first.id,
    colourName: colours.find((c) => c.key === first.colour)!.name,
    storageGb: first.storageGb,
    priceCents: first.priceCents,
    inStock: true,
  });
  const stored = app.ctx.db.select().from(chatMessages).where(eq(chatMessages.role, 'assistant')).all().at(-1)!;
  assert.is(productIn(stored.cards).variant?.id, first.id, 'stored with the message, so a resumed chat can add too');

  // The cheapest sold out: the next cheapest in stock.
  app.ctx.db.update(variants).set({ stock: 0 }).where(eq(variants.id, first.id)).run();
  app.ctx.catalog.invalidate(); // written round the stock path, which the catalog cache follows ([CACHE2])
  const next = cheapest(variantsOf(app, 'vision-go').filter((v) => v.stock > 0));
  scripted.script(details('vision-go'));
  const after = productIn((await ask(socket, 'And now?')).end.message.cards);
  assert.equal([after.variant?.id, after.variant?.inStock], [next.id, true]);

  // Everything sold out: the cheapest, marked out of stock (the card disables its button).
  app.ctx.db
    .update(variants)
    .set({ stock: 0 })
    .where(and(eq(variants.productId, first.productId), gt(variants.stock, 0)))
    .run();
  app.ctx.catalog.invalidate();
  scripted.script(details('vision-go'));
  const none = productIn((await ask(socket, 'And now?')).end.message.cards);
  assert.equal([none.inStock, none.variant?.id, none.variant?.inStock], [false, first.id, false]);
  app.ctx.db.update(variants).set({ stock: 5 }).where(eq(variants.productId, first.productId)).run();
  app.ctx.catalog.invalidate();
});

test("[CHATUI5] the card's variant goes straight into cart:add: every tab of the shopper sees it, no one else", async ({
  app,
  scripted,
}) => {
  const cookie = await app.guestCookie();
  const laptop = await app.connect(cookie);
  const tab2 = await app.connect(cookie);
  const stranger = await app.connect(await app.guestCookie());
  const strangerSaw = recordEvents(stranger);
  scripted.script(details('vision-buds-pro'));
  const card = productIn((await ask(laptop, 'Tell me about the buds')).end.message.cards);

  const inTab2 = nextEvent<Cart>(tab2, 'cart:updated');
  const cart = ok(await laptop.emitWithAck('cart:add', { variantId: card.variant!.id, quantity: 1 }));
  assert.equal(
    cart.lines.map((l) => [l.variantId, l.name, l.quantity]),
    [[card.variant!.id, card.name, 1]],
  );
  assert.equal(
    (await inTab2).lines.map((l) => l.variantId),
    [card.variant!.id],
  );
  assert.is(
    app.ctx.db.select().from(cartLines).where(eq(cartLines.variantId, card.variant!.id)).all().length,
    1,
    'stored',
  );
  assert.equal(
    strangerSaw.filter(([e]) => e.startsWith('cart:')),
    [],
  );

  // Sold out since the card was shown: the cart refuses with a code and stays as it was.
  app.ctx.db.update(variants).set({ stock: 0 }).where(eq(variants.id, card.variant!.id)).run();
  const refused = await laptop.emitWithAck('cart:add', { variantId: card.variant!.id, quantity: 1 });
  assert.is(!refused.ok && refused.error.code, 'conflict');
  assert.is(ok(await tab2.emitWithAck('cart:get', {})).lines[0]?.quantity, 1);
});

test.run();
