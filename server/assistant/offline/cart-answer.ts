import { PHONE_SLUGS } from '../../nlu/words.js';
import { accessoriesOf, accessoryCompatAnswer, accessoryFindAnswer, asksFast, fastFirst } from './accessory-answer.js';
import { cartReferent, POINTS_AT_CART, readCart, removingMoreThanThere } from './cart-changes.js';
import { bullets, dollars, listWords, paragraphs, storageLabel } from './format.js';
import { referent } from './memory.js';
import { productFacts, useTool, type ReplyContext } from './reply-context.js';
import { extractSlots, plain } from '../../nlu/entities.js';
import { anyOf, group } from '../../nlu/alternatives.js';

interface Proposed {
  colour: string;
  storageGb: number | null;
  priceCents: number;
  stock: number;
  action: 'add' | 'set-quantity' | 'remove';
  quantity: number;
}
type Option = Omit<Proposed, 'action' | 'quantity'>;

const optionLabel = (o: Pick<Option, 'colour' | 'storageGb'>) =>
  [o.colour, o.storageGb ? storageLabel(o.storageGb) : ''].filter(Boolean).join(', ');

function actionOf(text: string): Proposed['action'] {
  const p = plain(text);
  if (
    anyOf(
      '',
      String.raw`\b(remove|delete|take)\b.*\b(from|out of)\b`,
      String.raw`^ ?(please )?(remove|delete|drop|take out|get rid of)\b`,
      String.raw`\btake (it|that|them|the \w+) out\b`,
      String.raw`\b(quitar|quita|eliminar|elimina|borrar|sacar|entfern\w*|losch\w*|supprim\w*|retir\w*|enlev\w*)\b`,
    ).test(p)
  )
    return 'remove';
  if (
    anyOf(
      '',
      String.raw`\b(change|set|update|make)\b.*\b(quantity|qty|amount)\b`,
      String.raw`\b(qty|quantity) (of|to)\b`,
      String.raw`\bmake (it|that|them) (two|three|four|2|3|4)\b`,
    ).test(p)
  )
    return 'set-quantity';
  return 'add';
}

/** Which product "add it" / "the black one" means: the one named or picked ("the cheaper one"), else the one in focus (none after a comparison). */
const productToChange = (ctx: ReplyContext) => referent(ctx.turn.userText, ctx.slots.products, ctx.memory);

/** What a cart request means when it names nothing: the product talked about, else the cart's own line ("another one of those"). */
async function targetOf(ctx: ReplyContext): Promise<{ slug: string; colour?: string; storageGb?: number } | undefined> {
  const named = (await accessoryToAdd(ctx)) ?? productToChange(ctx);
  // "Add another Go": the same options as the one already in the cart.
  const again =
    named && /\b(another|one more|a second|a 2nd|same again)\b/.test(plain(ctx.turn.userText))
      ? await cartReferent(ctx)
      : undefined;
  if (named && again && again.slug === named)
    return { slug: named, colour: again.colour, ...(again.storageGb ? { storageGb: again.storageGb } : {}) };
  if (named) return { slug: named };
  // "A glass protector that fits the phone in my cart": a kind of accessory asked for is never the cart's phone again.
  if (ctx.slots.category && ctx.slots.category !== 'phones') return undefined;
  const p = plain(ctx.turn.userText);
  // Only words that point back at the cart itself, not any "it" (that may mean a product just asked about).
  const line =
    POINTS_AT_CART.test(p) ||
    anyOf(
      '',
      group(
        String.raw`\b(`,
        [
          'another one',
          'one more',
          'same again',
          'another of (those|them|these)',
          '(the )?(exact )?same one',
          'make (it|that|them) (two|three|2|3)',
        ],
        String.raw`)\b`,
      ),
    ).test(p)
      ? await cartReferent(ctx)
      : undefined;
  return line && { slug: line.slug, colour: line.colour, ...(line.storageGb ? { storageGb: line.storageGb } : {}) };
}

/** "Add a case for my Vision Go": the cheapest accessory of that kind the catalog says fits it, never the phone. */
async function accessoryToAdd(ctx: ReplyContext): Promise<string | undefined> {
  const { products, category } = ctx.slots;
  // "Add a charger that can fast charge the Go": a kind of accessory and one phone, nothing joined by "and", is for that phone.
  const onlyPhone =
    products.length === 1 &&
    PHONE_SLUGS.has(products[0]!) &&
    !/\b(and|plus|with|too|also)\b/.test(plain(ctx.turn.userText))
      ? products[0]
      : undefined;
  if (onlyPhone && category && category !== 'phones') return accessoryFor(ctx, onlyPhone, category);
  if (products.length || !category || category === 'phones')
    return ctx.slots.accessoryFor && !products.length ? accessoryFor(ctx, ctx.slots.accessoryFor, category) : undefined;
  // "A case for the phone in my basket": the phone is the cart's; "and a matching case too": the phone just talked about.
  // An accessory just talked about ("sorry, I wanted forest green") is the one meant, not a new one.
  if (!ctx.slots.accessoryFor && ctx.memory.focus && !PHONE_SLUGS.has(ctx.memory.focus)) return undefined;
  const focus = ctx.memory.focus && PHONE_SLUGS.has(ctx.memory.focus) ? ctx.memory.focus : undefined;
  const phone =
    ctx.slots.accessoryFor ??
    (POINTS_AT_CART.test(plain(ctx.turn.userText)) ? (await cartReferent(ctx))?.slug : undefined) ??
    focus ??
    (await cartReferent(ctx))?.slug;
  return phone && PHONE_SLUGS.has(phone) ? accessoryFor(ctx, phone, category) : undefined;
}

async function accessoryFor(ctx: ReplyContext, phone: string, category?: string): Promise<string | undefined> {
  const found = (await accessoriesOf(ctx, phone, category && category !== 'phones' ? category : undefined)) ?? [];
  // "One that fast-charges it": a wired charger before a pad.
  const items = fastFirst(found, asksFast(ctx));
  return items.find((i) => i.inStock)?.slug ?? items[0]?.slug;
}

/** An accessory that fits none of the phones in the cart is said so before the shopper confirms. */
async function fitWarning(ctx: ReplyContext, slug: string): Promise<string | undefined> {
  const facts = await productFacts(ctx, slug);
  if (!facts?.fits?.length) return undefined;
  // "The Everyday Case for my Vision X": it is for the phone named, not the cart's.
  if (ctx.slots.accessoryFor && facts.fits.some((f) => f.slug === ctx.slots.accessoryFor)) return undefined;
  const phones = (await readCart(ctx))?.lines.filter((l) => PHONE_SLUGS.has(l.slug)) ?? [];
  if (!phones.length || phones.some((p) => facts.fits!.some((f) => f.slug === p.slug))) return undefined;
  return `Note: the **${facts.name}** works with ${listWords(facts.fits.map((f) => `the ${f.name}`))} only, and the phone in your cart is the ${listWords(phones.map((p) => p.name))}.`;
}

/** "Keep the Go in there too": what the shopper keeps is not what the request is about. */
const KEEP =
  /\b(keep|leave)\b(.{0,30}?)\b(in (there|it|the cart|my cart|the basket|my basket)|too|as well|where it is|please)\b/;
function withoutKept(ctx: ReplyContext): ReplyContext {
  const kept = KEEP.exec(plain(ctx.turn.userText));
  const keptProducts = kept ? extractSlots(kept[2]!).products : [];
  return keptProducts.length
    ? { ...ctx, slots: { ...ctx.slots, products: ctx.slots.products.filter((s) => !keptProducts.includes(s)) } }
    : ctx;
}

/** "The purple one with the bigger storage": the product's next size up from its smallest (its largest for "biggest"). */
async function biggerStorage(ctx: ReplyContext, slug: string): Promise<number | undefined> {
  const m = anyOf(
    '',
    group(
      String.raw`\b(?:with|in|get|the) (?:the )?(bigger|larger|higher|biggest|largest|max\w*) (`,
      [String.raw`stor\w*`, 'size', 'capacity', 'gb', 'memory', 'space', 'one', 'version'],
      String.raw`)\b`,
    ),
  ).exec(plain(ctx.turn.userText));
  if (!m) return undefined;
  const sizes = [
    ...new Set((await productFacts(ctx, slug))?.variants.map((v) => v.storageGb ?? 0).filter(Boolean)),
  ].sort((a, b) => a - b);
  return /^(biggest|largest|max)/.test(m[1]!) ? sizes.at(-1) : sizes[1];
}

async function inCart(ctx: ReplyContext, slug: string): Promise<boolean> {
  return !!(await readCart(ctx))?.lines.some((l) => l.slug === slug);
}

/** The phone the message says the accessory is for ("…for the Go as well") is not among those it fits. */
async function fitsNotThePhoneAsked(ctx: ReplyContext, slug: string): Promise<boolean> {
  const phone = ctx.slots.accessoryFor;
  if (!phone || PHONE_SLUGS.has(slug) || !/\bfor (the|my|a|her|his|our|their|your)\b/.test(plain(ctx.turn.userText)))
    return false;
  const fits = (await productFacts(ctx, slug))?.fits;
  return !!fits?.length && !fits.some((f) => f.slug === phone);
}

/** [OFF7] A cart request becomes a proposal card the shopper confirms; the cart itself never changes here. */
/** "Add the Loop Case and the braided cable", "both please": more than one thing, and nothing picked between them. */
const BOTH = /\b(and|both|plus|as well as|together with)\b|&/;
const ONE_OF = /\b(cheaper|cheapest|better|best|either|one of|which|or)\b/;

/** A proposal for each product named (two or three), each confirmed on its own card; undefined otherwise. */
async function severalToAdd(ctx: ReplyContext): Promise<string | undefined> {
  const slugs = [...new Set(ctx.slots.products)];
  const p = plain(ctx.turn.userText);
  const plainAdd = !ctx.slots.colour && !ctx.slots.storageGb && !ctx.slots.quantity;
  if (slugs.length < 2 || slugs.length > 3 || !plainAdd || actionOf(ctx.turn.userText) !== 'add') return undefined;
  if (!BOTH.test(p) || ONE_OF.test(p)) return undefined;
  const answers: string[] = [];
  for (const slug of slugs) answers.push(await cartAnswer({ ...ctx, slots: { ...ctx.slots, products: [slug] } }));
  return paragraphs(...answers);
}

export async function cartAnswer(asked: ReplyContext): Promise<string> {
  const several = await severalToAdd(asked);
  if (several) return several;
  const ctx = withoutKept(asked);
  const target = await targetOf(ctx);
  const slug = target?.slug;
  // "Add a screen protector for the phone in my cart" when none is made for it: said, nothing proposed.
  if (!slug && ctx.slots.category && ctx.slots.category !== 'phones' && actionOf(ctx.turn.userText) === 'add')
    return accessoryFindAnswer(ctx);
  if (!slug) {
    const cards = ctx.memory.groupCards.flatMap((c) => (c.kind === 'product' ? [`**${c.name}**`] : []));
    return cards.length >= 2
      ? `Which one would you like: ${listWords(cards, 'or')}?`
      : 'Which product would you like? Tell me its name, for example **Vision X** in Black with 256 GB.';
  }
  const prev = ctx.memory.lastUser?.slots;
  const samePrevious = prev && (prev.products[0] ?? ctx.memory.focus) === slug;
  const colour = ctx.slots.colour ?? (samePrevious ? prev.colour : undefined) ?? target.colour;
  const storageGb =
    ctx.slots.storageGb ??
    (await biggerStorage(ctx, slug)) ??
    (samePrevious ? prev.storageGb : undefined) ??
    target.storageGb;
  // "Make it two" of something not in the cart yet: two of it, added.
  const wanted = actionOf(ctx.turn.userText);
  const action = wanted === 'set-quantity' && !(await inCart(ctx, slug)) ? 'add' : wanted;
  const nothingToRemove =
    action === 'remove' ? await removingMoreThanThere(ctx, slug, ctx.slots.quantity ?? 1) : undefined;
  if (nothingToRemove) return nothingToRemove;
  // "A wireless pad for the Go as well": an accessory that doesn't work with the phone it is asked for is not proposed.
  if (action === 'add' && (await fitsNotThePhoneAsked(ctx, slug))) return accessoryCompatAnswer(ctx);
  const args = {
    action,
    slug,
    quantity: ctx.slots.quantity ?? 1,
    ...(colour ? { colour } : {}),
    ...(storageGb ? { storageGb } : {}),
  };
  const out = await useTool(ctx, 'propose_cart_change', args);
  if (!out) return "I couldn't prepare that just now. Please try again in a moment.";
  if (!out.ok) {
    const { error, options } = out.result as { error: string; options?: Option[] };
    const list = options?.length
      ? `\n\nThe options are:\n\n${bullets(options.map((o) => `${optionLabel(o)}: ${dollars(o.priceCents)}${o.stock ? '' : ' (out of stock)'}`))}`
      : '';
    return `${error}${list}\n\nWhich one would you like instead?`;
  }
  const { proposed } = out.result as { proposed: Proposed };
  const card = out.cards.find((c) => c.kind === 'cart-proposal');
  const name = card?.kind === 'cart-proposal' ? card.productName : slug;
  const what = `**${name}** (${optionLabel(proposed)}) at **${dollars(proposed.priceCents)}**${proposed.quantity > 1 ? ` each, quantity ${proposed.quantity}` : ''}`;
  if (action === 'remove')
    return `Here's the change: remove the ${what} from your cart. Confirm it on the card and your cart updates; until then nothing changes.`;
  if (action === 'set-quantity')
    return `Here's the change: set the **${name}** (${optionLabel(proposed)}) to quantity ${proposed.quantity}, at **${dollars(proposed.priceCents)}** each. Confirm it on the card and your cart updates.`;
  const fit = PHONE_SLUGS.has(slug) ? undefined : await fitWarning(ctx, slug);
  return paragraphs(
    `Here's the ${what}. Press **Add to cart** on the card to confirm: I won't change your cart until you do.`,
    fit,
  );
}

interface CartFacts {
  itemCount: number;
  lines: Array<{ name: string; colour: string; storageGb: number | null; quantity: number; lineTotalCents: number }>;
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
}

export async function viewCartAnswer(ctx: ReplyContext): Promise<string> {
  const out = await useTool(ctx, 'view_cart', {});
  if (!out?.ok) return "I couldn't read your cart just now. Please try again in a moment.";
  const cart = out.result as CartFacts;
  if (!cart.lines.length) return 'Your cart is empty. Would you like a recommendation?';
  const lines = cart.lines.map(
    (l) => `${l.quantity} × **${l.name}** (${optionLabel(l)}): ${dollars(l.lineTotalCents)}`,
  );
  return [
    `Your cart has ${cart.itemCount} item${cart.itemCount === 1 ? '' : 's'}:`,
    bullets(lines),
    `Subtotal **${dollars(cart.subtotalCents)}**, shipping ${cart.shippingCents ? dollars(cart.shippingCents) : 'free'}, total **${dollars(cart.totalCents)}**. You can check out from the [cart](/cart).`,
  ].join('\n\n');
}
