import { coloursIn, plain } from '../../nlu/entities.js';
import { CHANGE_WORDS } from '../understanding/signs.js';
import { PHONE_SLUGS } from '../../nlu/words.js';
import { SHIPPING_RATES, type Country } from '../../../shared/shipping.js';
import { dollars, listWords, storageLabel } from './format.js';
import { productFacts, useTool, type ReplyContext } from './reply-context.js';
import { anyOf, group } from '../../nlu/alternatives.js';

/** A line of view_cart's result. */
interface Line {
  slug: string;
  name: string;
  colour: string;
  storageGb: number | null;
  quantity: number;
  unitPriceCents: number;
}
interface Cart {
  lines: Line[];
  subtotalCents: number;
  freeShippingFromCents: number | null;
}

const label = (l: Pick<Line, 'colour' | 'storageGb'>) =>
  [l.colour, l.storageGb ? storageLabel(l.storageGb) : ''].filter(Boolean).join(', ');

export async function readCart(ctx: ReplyContext): Promise<Cart | undefined> {
  const out = await useTool(ctx, 'view_cart', {});
  return out?.ok ? (out.result as Cart) : undefined;
}

const SIZE_UP = anyOf(
  '',
  String.raw`\b(bigger|more|larger|higher|next|extra) (storage|size|capacity|gb|version|model|one)\b`,
  String.raw`\b(upgrade|bump|size) (it )?(up|to)\b`,
);
const CLEAR = anyOf(
  '',
  String.raw`\b(remove|delete|clear|empty|take out|get rid of|bin)\b.{0,25}\b(everything|all|whole|entire)\b`,
  String.raw`\b(empty|clear|reset) (my |the )?(cart|basket)\b`,
);

/** The cart line a swap is about: the product named, else the one the talk is about, else the only phone. */
function lineToSwap(ctx: ReplyContext, cart: Cart): Line | undefined {
  const named = ctx.slots.products[0] ?? ctx.memory.focus;
  // "Make it the white one" after a case was offered: that offer changes, not the phone already in the cart.
  if (!ctx.slots.products.length && named && !cart.lines.some((l) => l.slug === named)) return undefined;
  const phones = cart.lines.filter((l) => PHONE_SLUGS.has(l.slug));
  return (
    cart.lines.find((l) => l.slug === named) ??
    (ctx.slots.products.length
      ? undefined
      : phones.length === 1
        ? phones[0]
        : cart.lines.length === 1
          ? cart.lines[0]
          : undefined)
  );
}

/**
 * [CART2] "Change the phone in my cart to lilac", "the 256 GB instead": two cards, one that adds
 * the new option and one that removes the old, both for the shopper to confirm. Proposed only
 * when the new option can be added; nothing is proposed for removal alone.
 */
export async function swapInCart(ctx: ReplyContext): Promise<string | undefined> {
  const p = plain(ctx.turn.userText);
  const another =
    ctx.slots.products.length === 2 && SWAP_FOR_ANOTHER.test(p) && !NOT_A_SWAP.test(p)
      ? await swapForAnother(ctx)
      : undefined;
  if (another) return another;
  const upsize = SIZE_UP.test(p);
  let { storageGb } = ctx.slots;
  const named = coloursIn(ctx.turn.userText);
  // "Ugh fine, lilac 128 then" right after a swap that could not be made is the same swap, with other options.
  const before = ctx.memory.lastUser;
  const retry =
    !ctx.slots.products.length &&
    (!ctx.slots.category || ctx.slots.category === 'phones') &&
    !!before &&
    CHANGE_WORDS.test(plain(before.text)) &&
    !!(before.slots.colour || before.slots.storageGb);
  if (!(CHANGE_WORDS.test(p) || upsize || retry) || (!named.length && !storageGb && !upsize)) return undefined;
  const cart = await readCart(ctx);
  const line = cart && lineToSwap(ctx, cart);
  if (!line) return undefined;
  // "Change the coral one to lilac": the colour named that the cart does not have yet.
  const colour = named.find((c) => c.toLowerCase() !== line.colour.toLowerCase());
  // "Bump it to the bigger storage": the next size up of the same product.
  if (upsize && !storageGb)
    storageGb = (await productFacts(ctx, line.slug))?.variants
      .map((v) => v.storageGb ?? 0)
      .filter((gb) => gb > (line.storageGb ?? 0))
      .sort((a, b) => a - b)[0];
  // "Make it three of the coral Go": a quantity, not another option.
  if (!colour && !storageGb && !upsize && (ctx.slots.quantity ?? 1) > 1) return undefined;
  if (!colour && !storageGb)
    return upsize
      ? `The **${line.name}** in your cart already has the most storage it comes with.`
      : `Your cart already has the **${line.name}** (${label(line)}).`;
  const wanted = { colour: colour ?? line.colour, storageGb: storageGb ?? line.storageGb };
  if (wanted.colour === line.colour && wanted.storageGb === line.storageGb)
    return `Your cart already has the **${line.name}** (${label(line)}).`;
  const add = await useTool(ctx, 'propose_cart_change', {
    action: 'add',
    slug: line.slug,
    quantity: line.quantity,
    colour: wanted.colour,
    ...(wanted.storageGb ? { storageGb: wanted.storageGb } : {}),
  });
  if (!add?.ok)
    return `${(add?.result as { error?: string } | undefined)?.error ?? "I couldn't prepare that just now."} Your cart keeps the **${line.name}** (${label(line)}).`;
  await useTool(ctx, 'propose_cart_change', {
    action: 'remove',
    slug: line.slug,
    colour: line.colour,
    ...(line.storageGb ? { storageGb: line.storageGb } : {}),
  });
  const price = (add.result as { proposed: { priceCents: number } }).proposed.priceCents;
  const difference =
    price === line.unitPriceCents
      ? 'the same price'
      : `${dollars(Math.abs(price - line.unitPriceCents))} ${price > line.unitPriceCents ? 'more' : 'less'} each`;
  return `Here's the swap: add the **${line.name}** (${label(wanted)}) at **${dollars(price)}**, and remove the ${label(line)} one (${dollars(line.unitPriceCents)}): ${difference}. Confirm both cards and your cart updates; until then nothing changes.`;
}

/** "The Go in black instead, and also add a loop case" (a change and an addition), "trade in my old Go for the X" (an owned phone): not one product for another. */
const NOT_A_SWAP = /\b(also|as well|too|plus|my old|old one|trade ?in|trading in)\b/;
/** "Swap the Go for a Terra", "the X instead", "take the Go out and put a Vision X in" (not "change the Go to black and add…"). */
const SWAP_FOR_ANOTHER = anyOf(
  '',
  String.raw`\brather\b.{0,40}\bthan\b`,
  String.raw`\b(swap|switch|replace|exchange)\b.{0,40}\b(for|with|by)\b`,
  String.raw`\b(change|swap|switch)\b.{0,40}\b(to|into) (a|an|the)\b`,
  String.raw`\b(take|get|pull|remove)\b.{0,30}\bout\b.{0,40}\b(put|stick|add|pop|throw)\b.{0,40}\b(in|instead)\b`,
);

/**
 * [CART2] "Take the Go out of my cart and put a Vision X in black, 128 GB, instead": of the two
 * products named, the one in the cart goes and the other comes, with the options asked; two cards
 * to confirm, and nothing proposed unless the new one can be added.
 */
async function swapForAnother(ctx: ReplyContext): Promise<string | undefined> {
  const cart = await readCart(ctx);
  const named = cart?.lines.filter((l) => ctx.slots.products.includes(l.slug)) ?? [];
  const incoming = ctx.slots.products.find((s) => !named.some((l) => l.slug === s));
  const line = named.length === 1 ? named[0]! : undefined;
  if (!line || !incoming) return undefined;
  const { colour, storageGb } = ctx.slots;
  const add = await useTool(ctx, 'propose_cart_change', {
    action: 'add',
    slug: incoming,
    quantity: line.quantity,
    ...(colour ? { colour } : {}),
    ...(storageGb ? { storageGb } : {}),
  });
  if (!add?.ok)
    return `${(add?.result as { error?: string } | undefined)?.error ?? "I couldn't prepare that just now."} Your cart keeps the **${line.name}** (${label(line)}).`;
  await useTool(ctx, 'propose_cart_change', {
    action: 'remove',
    slug: line.slug,
    colour: line.colour,
    ...(line.storageGb ? { storageGb: line.storageGb } : {}),
  });
  const proposed = (add.result as { proposed: { colour: string; storageGb: number | null; priceCents: number } })
    .proposed;
  const name = (await productFacts(ctx, incoming))?.name ?? incoming;
  return `Here's the swap: add the **${name}** (${label({ colour: proposed.colour, storageGb: proposed.storageGb })}) at **${dollars(proposed.priceCents)}**, and remove the **${line.name}** (${label(line)}, ${dollars(line.unitPriceCents)}). Confirm both cards and your cart updates; until then nothing changes.`;
}

/**
 * "Swap my Sand Vision X for the Ocean Blue one" when the cart holds no Vision X: a phone the
 * shopper owns, so an exchange (a return), not a cart change.
 */
export async function exchangeOfOwned(ctx: ReplyContext): Promise<boolean> {
  const p = plain(ctx.turn.userText);
  if (!CHANGE_WORDS.test(p) || /\b(carts?|baskets?)\b/.test(p) || !/\bmy\b/.test(p) || !ctx.slots.products.length)
    return false;
  const cart = await readCart(ctx);
  return !!cart && !cart.lines.some((l) => ctx.slots.products.includes(l.slug));
}

/** [CART3] "Remove everything from my cart": a removal card for each line, nothing removed until confirmed. */
export async function clearCart(ctx: ReplyContext): Promise<string | undefined> {
  if (!CLEAR.test(plain(ctx.turn.userText))) return undefined;
  const cart = await readCart(ctx);
  if (!cart) return undefined;
  if (!cart.lines.length) return 'Your cart is already empty.';
  for (const l of cart.lines)
    await useTool(ctx, 'propose_cart_change', {
      action: 'remove',
      slug: l.slug,
      colour: l.colour,
      ...(l.storageGb ? { storageGb: l.storageGb } : {}),
    });
  return `Here's the change: remove ${listWords(cart.lines.map((l) => `the **${l.name}** (${label(l)})`))} from your cart. Confirm on the card${cart.lines.length > 1 ? 's' : ''} and your cart empties; until then nothing changes.`;
}

const WHAT_IF = anyOf(
  '',
  group(
    String.raw`\b(if i|if we|were i to|with)\b.{0,15}\b(`,
    ['add', 'added', 'adding', 'put', 'bought', 'buy', 'get', 'got', 'include', 'throw in', 'took', 'take'],
    String.raw`)\b`,
  ),
  String.raw`\bwhat (would|will) (my )?(total|it) (be|come to)\b.{0,40}\bwith\b`,
);

/** [CART4] "What would my total be if I added the Buds Pro?": the sum, said as a sum, with nothing proposed. */
export async function totalWithProduct(ctx: ReplyContext): Promise<string | undefined> {
  const slug = ctx.slots.products[0];
  if (!slug || !WHAT_IF.test(plain(ctx.turn.userText))) return undefined;
  const [cart, facts] = [await readCart(ctx), await productFacts(ctx, slug)];
  if (!cart || !facts) return undefined;
  const options = facts.variants.filter(
    (v) =>
      (!ctx.slots.colour || v.colour === ctx.slots.colour) &&
      (!ctx.slots.storageGb || v.storageGb === ctx.slots.storageGb),
  );
  const price = Math.min(...(options.length ? options : facts.variants).map((v) => v.priceCents));
  const quantity = ctx.slots.quantity ?? 1;
  const subtotal = cart.subtotalCents + price * quantity;
  const free = cart.freeShippingFromCents !== null && subtotal >= cart.freeShippingFromCents;
  return `With ${quantity > 1 ? `${quantity} × ` : 'the '}**${facts.name}** (${dollars(price)}${quantity > 1 ? ' each' : ''}) your subtotal would be **${dollars(subtotal)}**, up from ${dollars(cart.subtotalCents)}${free ? ', and standard shipping stays free' : ''}. Tax, where it applies, is added at checkout. I haven't changed your cart; say "add it" if you'd like it.`;
}

/** "The phone in my cart", "what's in my basket": the cart is what the message points at. */
export const POINTS_AT_CART = anyOf(
  '',
  String.raw`\b(in|from|out of|of) (my|the) (cart|basket)\b`,
  String.raw`\b(mi|el|del) carrito\b`,
  String.raw`\b(mon|du|le) panier\b`,
  String.raw`\b(meinem|dem|im) warenkorb\b`,
  String.raw`\b(what s|whats|what is|thing|item|phone|stuff) (in|i have in) (my|the) (cart|basket)\b`,
  String.raw`\bi (already )?(have|ve got|got) in (my|the) (cart|basket)\b`,
);

/** The cart line a message about "the phone in my cart" means: its only phone, else its only line. */
export async function cartReferent(ctx: ReplyContext): Promise<Line | undefined> {
  const cart = await readCart(ctx);
  if (!cart) return undefined;
  const phones = cart.lines.filter((l) => PHONE_SLUGS.has(l.slug));
  return phones.length === 1 ? phones[0] : cart.lines.length === 1 ? cart.lines[0] : undefined;
}

/** [CART5] "Remove one of the Vision Gos" when the cart holds one: said, nothing proposed. */
export async function removingMoreThanThere(
  ctx: ReplyContext,
  slug: string,
  removing: number,
): Promise<string | undefined> {
  const cart = await readCart(ctx);
  const line = cart?.lines.find((l) => l.slug === slug);
  if (!line || /\b(all|every|them)\b/.test(plain(ctx.turn.userText)) || removing < line.quantity) return undefined;
  return line.quantity === 1 &&
    /\b(one|1)\b/.test(plain(ctx.turn.userText)) &&
    /\bonly (need|want) (one|1)\b/.test(plain(ctx.turn.userText))
    ? `Your cart has only one **${line.name}** (${label(line)}), so there's nothing to take out: you're all set with one.`
    : undefined;
}

/** [SHIP2] "Is shipping free on what's in my cart to Canada?": the cart's subtotal against that country's rates. */
export async function cartShipping(
  ctx: ReplyContext,
  country: Country,
  countryName: string,
): Promise<string | undefined> {
  const cart = await readCart(ctx);
  if (!cart?.lines.length) return undefined;
  const rate = SHIPPING_RATES[country];
  const free = cart.subtotalCents >= rate.freeStandardFromCents;
  return [
    `Your cart comes to **${dollars(cart.subtotalCents)}**. Shipping it to **${countryName}**:`,
    `- **Standard** (${rate.standardDays} business days): ${free ? `**free** (free from ${dollars(rate.freeStandardFromCents)})` : `${dollars(rate.standardCents)}; free from ${dollars(rate.freeStandardFromCents)}`}`,
    `- **Express** (${rate.expressDays} business days): ${dollars(rate.expressCents)}, so **${dollars(cart.subtotalCents + rate.expressCents)}** with Express before any tax`,
  ].join('\n');
}
