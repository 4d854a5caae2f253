import { plain } from '../../nlu/entities.js';
import { PHONE_SLUGS, type FeatureId } from '../../nlu/words.js';
import { splitSentences } from '../knowledge/sentences.js';
import { terms } from '../knowledge/text.js';
import { recommendAnswer } from './recommend-answer.js';
import { bullets, dollars, listWords, paragraphs, productLink } from './format.js';
import { productQa } from './product-qa.js';
import { featuresOf } from './phone-features.js';
import { specValue } from './product-text.js';
import { productFacts, showProducts, useTool, type ProductFacts, type ReplyContext } from './reply-context.js';
import { anyOf, group } from '../../nlu/alternatives.js';

interface Accessory {
  slug: string;
  name: string;
  category: string;
  priceFromCents: number;
  inStock: boolean;
  fit: string | null;
}

/** Accessories that work with every phone: asked for without a phone, they are a recommendation. */
export const UNIVERSAL: ReadonlySet<string> = new Set(['audio', 'wearables', 'chargers', 'cables']);

const CATEGORY_NAMES: Record<string, string> = {
  cases: 'cases',
  'screen-protectors': 'screen protectors',
  chargers: 'chargers',
  cables: 'cables',
  audio: 'headphones',
  wearables: 'watches',
};

/** The phone the question is about: named as what an accessory is for, named outright, or the one in focus. */
function phoneOf(ctx: ReplyContext): string | undefined {
  return (
    ctx.slots.accessoryFor ??
    ctx.slots.products.find((s) => PHONE_SLUGS.has(s)) ??
    (ctx.memory.focus && PHONE_SLUGS.has(ctx.memory.focus) ? ctx.memory.focus : undefined)
  );
}

export const asksFast = (ctx: ReplyContext) => /\b(fast\w*|quick\w*|rapid\w*|speed)\b/.test(plain(ctx.turn.userText));

/** Asked for speed, a wired charger before a pad (the same order for a list and for "add one"). */
export const fastFirst = <T extends { name: string }>(items: readonly T[], fast: boolean): T[] =>
  fast
    ? [...items].sort((a, b) => Number(/pad|wireless/i.test(a.name)) - Number(/pad|wireless/i.test(b.name)))
    : [...items];

export async function accessoriesOf(
  ctx: ReplyContext,
  phone: string,
  category?: string,
): Promise<Accessory[] | undefined> {
  const out = await useTool(ctx, 'search_products', {
    fits: phone,
    ...(category && category !== 'phones' ? { category } : {}),
  });
  return out?.ok ? (out.result as { items: Accessory[] }).items : undefined;
}

const phoneName = (slug: string) =>
  slug
    .split('-')
    .map((w) => (w === 'x' ? 'X' : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

/** [ACC1] "A case for my Vision Go": the accessories the catalog says fit that phone, never the phone itself. */
export async function accessoryFindAnswer(ctx: ReplyContext): Promise<string> {
  // "Is there a case for the phone in my cart?": the cart's only phone.
  const phone = phoneOf(ctx) ?? (await phoneInCart(ctx));
  const category = ctx.slots.category && ctx.slots.category !== 'phones' ? ctx.slots.category : undefined;
  if (!phone && category && UNIVERSAL.has(category)) return recommendAnswer(ctx);
  if (!phone)
    return `Which phone is it for? Tell me the model (for example **Vision Go** or **Vision X**) and I'll show you the ${category ? CATEGORY_NAMES[category] : 'accessories'} that fit it.`;
  const found = await accessoriesOf(ctx, phone, category);
  if (!found) return "I couldn't search the catalog just now. Please try again in a moment.";
  const what = category ? (CATEGORY_NAMES[category] ?? 'accessories') : 'accessories';
  // "Gift ideas under $50": the budget filters what fits.
  const budget = ctx.slots.maxPriceCents;
  // "So my Pro Max Ultra actually fast charges": a wired charger first, so "does it come with a UK plug?" next means it.
  const fast = asksFast(ctx);
  const ordered = fastFirst(found, fast);
  const items = budget === undefined ? ordered : ordered.filter((i) => i.priceFromCents <= budget);
  if (!items.length)
    return found.length
      ? `Nothing of ours that fits the **${phoneName(phone)}** is under ${dollars(budget!)}; the least expensive is ${productLink(found[0]!.name, found[0]!.slug)} at ${dollars(found[0]!.priceFromCents)}.`
      : `We don't have ${what} for the **${phoneName(phone)}**: none of ours is made for it. Would you like to see the accessories that do fit it?`;
  const colour = ctx.slots.colour && (await colourMissing(ctx, items, ctx.slots.colour, what, phone));
  if (colour) return colour;
  // The cards in the order the answer lists them: "does it come with a UK plug?" next means the first.
  if (fast)
    await showProducts(
      ctx,
      items.slice(0, 6).map((i) => i.slug),
    );
  const lines = items
    .slice(0, 6)
    .map(
      (i) =>
        `${productLink(i.name, i.slug)}: from ${dollars(i.priceFromCents)}${i.fit ? ` (${i.fit})` : ''}${i.inStock ? '' : ', out of stock'}`,
    );
  return `These ${what} fit the **${phoneName(phone)}**:\n\n${bullets(lines)}\n\nWant me to add one to your cart?`;
}

/** "A privacy screen protector for the Halo": said plainly when none of those that fit comes in it. */
async function colourMissing(
  ctx: ReplyContext,
  items: Accessory[],
  colour: string,
  what: string,
  phone: string,
): Promise<string | undefined> {
  const facts = [];
  for (const i of items.slice(0, 3)) facts.push(await productFacts(ctx, i.slug));
  const has = facts.some((f) => f?.variants.some((v) => v.colour.toLowerCase() === colour.toLowerCase()));
  if (has) return undefined;
  const options = facts.flatMap((f) =>
    f
      ? [
          `${productLink(f.name, f.slug)} (${listWords([...new Set(f.variants.map((v) => v.colour))])}, from ${dollars(Math.min(...f.variants.map((v) => v.priceCents)))})`,
        ]
      : [],
  );
  return `We don't make ${what} for the **${phoneName(phone)}** in ${colour}. What fits it: ${listWords(options)}.`;
}

/** Devices we do not sell: the catalog's fits cannot say, the product's own description can. */
const OTHER_DEVICE = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'iphones?',
      'ipads?',
      'samsung',
      'galaxy',
      'pixel',
      'macbook',
      'laptops?',
      'portatil',
      'ordinateur',
      'ordi',
      'notebook',
      'tablets?',
      'monitors?',
      'tvs?',
      'television',
      'consoles?',
      'switch',
      'ps5',
      'xbox',
      'android phones?',
      'other phones?',
      'any phone',
      'car',
    ],
    String.raw`)\b`,
  ),
);
const COMPAT_WORDS = anyOf(
  'i',
  group(
    String.raw`\b(`,
    [
      'works?',
      'charges?',
      'fast-charges',
      String.raw`compatib\w*`,
      'video',
      'android',
      'usb',
      'bluetooth',
      'laptops?',
      'phones?',
      'tablets?',
      'qi2?',
      'any',
      'not',
      'only',
      'carry',
      'carries',
    ],
    String.raw`)\b`,
  ),
);

/** A question about one of our accessories and a device we do not sell ("…charge my MacBook?"). */
export const asksAboutOtherDevice = (ctx: ReplyContext) =>
  ctx.slots.products.filter((s) => !PHONE_SLUGS.has(s)).length === 1 && OTHER_DEVICE.test(plain(ctx.turn.userText));

/** What the descriptions call the devices shoppers name: an iPhone is "not Android", a MacBook a laptop, a TV a video output. */
const DEVICE_KIND: Array<[RegExp, string]> = [
  [/\b(iphones?|ipads?)\b/i, 'android'],
  [/\b(samsung|galaxy|pixel|android)\b/i, 'android phone modern'],
  [/\b(macbook|laptops?|notebook)\b/i, 'laptop'],
  [/\b(tablets?|ipads?)\b/i, 'tablet'],
  [/\b(monitors?|tvs?|television|projector|display)\b/i, 'video'],
  [/\b(switch|consoles?|steam deck)\b/i, 'console'],
];

/** [ACC3] "Will the GaN charger charge my MacBook?": what the product's description says about working with other devices. */
function otherDeviceAnswer(facts: ProductFacts, question: string): string {
  // A monitor or a TV asks about video, which is the word descriptions use.
  const own = new Set(terms(facts.name));
  const asked = new Set(
    terms(
      `${question} ${DEVICE_KIND.filter(([re]) => re.test(question))
        .map(([, words]) => words)
        .join(' ')}`,
    ).filter((t) => !own.has(t) && t.length > 1),
  );
  const sentences = splitSentences(facts.description ?? '').filter((s) => COMPAT_WORDS.test(s));
  const ranked = sentences
    .map((s, i) => ({ s, i, score: terms(s).filter((t) => asked.has(t)).length }))
    .sort((x, y) => y.score - x.score || x.i - y.i);
  const picked = ranked
    .filter((r) => r.score > 0)
    .slice(0, 2)
    .sort((x, y) => x.i - y.i)
    .map((r) => r.s);
  if (picked.length) return `Here's what we say about the **${facts.name}**: ${picked.join(' ')}`;
  // Nothing said about that device: how it connects to our phones is the most we can say.
  const notes = [...new Set((facts.fits ?? []).map((f) => f.note).filter(Boolean))];
  const note = notes.length === 1 ? `${notes[0]!.charAt(0).toLowerCase()}${notes[0]!.slice(1)}` : undefined;
  const how = note ? (/^works\b/.test(note) ? ` It ${note}.` : ` It connects to our phones by ${note}.`) : '';
  return `Our product page for the **${facts.name}** doesn't say whether it works with that device, so I can't promise it does.${how}`;
}

/** A charger or cable of another make ("my Samsung 25 W charger", "an old USB-C cable") used with one of our phones. */
const OTHER_MAKES = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'samsung',
      'apple',
      'anker',
      'belkin',
      'ugreen',
      'google',
      'xiaomi',
      'my (old |own |current |existing )?(usb c |usb )?(charger|cable|plug|brick|power bank)',
      'other (brand|make)s?',
      'third party',
      'any (usb c )?(charger|cable)',
    ],
    String.raw`)\b`,
  ),
);

/** "Will my Anker charger charge my Terra?": another make's charger or cable with one of our phones, and none of ours named. */
export const asksAboutOtherMake = (ctx: ReplyContext) =>
  !ctx.slots.products.some((s) => !PHONE_SLUGS.has(s)) &&
  phoneOf(ctx) !== undefined &&
  OTHER_MAKES.test(plain(ctx.turn.userText));

/** [ACC4] Another make's charger with our phone: what the phone's own charging row says it takes. */
export async function otherMakeAnswer(ctx: ReplyContext, phone = phoneOf(ctx)!): Promise<string> {
  const facts = await productFacts(ctx, phone);
  const wired =
    facts &&
    (facts.specs.find((s) => /^wired charging$/i.test(s.name)) ?? facts.specs.find((s) => /^charging$/i.test(s.name)));
  if (!facts || !wired) return "I couldn't look that phone up just now. Please try again in a moment.";
  return `The **${facts.name}** charges over USB-C Power Delivery (PD): **${wired.value}**. Any USB-C charger that supports PD works with it, and it charges at full speed with one that gives at least that many watts; a weaker one just charges more slowly, and the phone only draws what it can take. Cables and chargers from other makers aren't covered by our warranty.`;
}

/** The words of a fit question: "does it fit", "will it work with", "compatible". */
const FIT_WORDS = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'fit',
      'fits',
      'fitting',
      'work',
      'works',
      'working',
      String.raw`compatib\w*`,
      'go (on|with)',
      'use (it )?(with|on)',
      'charge',
      'charges',
      'charging',
      String.raw`suit\w*`,
      String.raw`match\w*`,
      'for (my|the|a)',
    ],
    String.raw`)\b`,
  ),
);

/** More watts than the phone takes: USB Power Delivery only gives what the phone asks for. */
const TOO_POWERFUL =
  /\b(fry|blow|damage|harm|hurt|kill|safe|too (much|powerful|strong)|overload|overcharg\w*|\d+ ?w)\b/;

/** What else the question asks of a fitting accessory ("is 240 W safe?", "does it block the ring light?"). */
function fitDetail(facts: ProductFacts, question: string): string | undefined {
  const p = plain(question);
  if ((facts.category === 'cables' || facts.category === 'chargers') && TOO_POWERFUL.test(p)) {
    return "It's safe: with USB Power Delivery the phone asks for the power it can take and the charger or cable only gives that, so a higher rating never pushes more into the phone.";
  }
  // "…to a monitor?": what the page says about that other device.
  if (OTHER_DEVICE.test(p)) return otherDeviceAnswer(facts, question);
  // A row of its page ("**Cut-outs:** USB-C port, 3.5 mm headphone jack") or a sentence; never the fit row the answer already gives.
  return productQa(facts, question, 1).find(
    (f) => f.score >= 2 && !/^\*\*(Fits|Compatibility|Devices|Phones):/.test(f.text),
  )?.text;
}

/**
 * [ACC6] Two of our accessories together ("does the Everyday Case work with the Qi2 pad?"): what
 * each one's page says about the question, and any fit note of one that names the other.
 */
async function accessoryPairAnswer(ctx: ReplyContext, slugs: string[]): Promise<string> {
  const [a, b] = [await productFacts(ctx, slugs[0]!), await productFacts(ctx, slugs[1]!)];
  if (!a || !b) return "I couldn't look those accessories up just now. Please try again in a moment.";
  const mentions = (f: ProductFacts, other: ProductFacts) => {
    const words = terms(other.name).filter((w) => !['visionx', 'vision', 'case', 'pro', 'ultra', 'max'].includes(w));
    return (f.fits ?? [])
      .filter((x) => x.note && words.some((w) => terms(x.note!).includes(w)))
      .map((x) => `The **${f.name}** with the ${x.name}: ${x.note}.`);
  };
  const said = [
    ...new Set([
      ...mentions(a, b),
      ...mentions(b, a),
      ...[a, b].flatMap((f) => productQa(f, ctx.turn.userText, 1).map((x) => x.text)),
    ]),
  ];
  return said.length
    ? bullets(said.slice(0, 3))
    : `Neither page, the **${a.name}**'s nor the **${b.name}**'s, says whether they work together, so I can't promise it.`;
}

/** [ACC2] "Does the Everyday Case fit a Vision Go?": yes or no from the accessory's own fits. */
export async function accessoryCompatAnswer(ctx: ReplyContext): Promise<string> {
  const accessories = ctx.slots.products.filter((s) => !PHONE_SLUGS.has(s));
  // "Will the Buds Pro case charge on the Qi2 pad?": two of our accessories, answered from the first one's page.
  if (accessories.length >= 2) return accessoryPairAnswer(ctx, accessories);
  const ourPhoneNamed = ctx.slots.accessoryFor !== undefined || ctx.slots.products.some((s) => PHONE_SLUGS.has(s));
  const accessory =
    accessories[0] ??
    (ourPhoneNamed ? undefined : await oneOfKindForOtherDevice(ctx)) ??
    (ctx.memory.focus && !PHONE_SLUGS.has(ctx.memory.focus) ? ctx.memory.focus : undefined);
  const phone =
    ctx.slots.accessoryFor ??
    ctx.slots.products.find((s) => PHONE_SLUGS.has(s)) ??
    (await phoneInCart(ctx)) ??
    (ctx.memory.focus && PHONE_SLUGS.has(ctx.memory.focus) ? ctx.memory.focus : undefined);
  if (!accessory && asksAboutOtherMake(ctx)) return otherMakeAnswer(ctx);
  if (!accessory)
    return phone
      ? accessoryFindAnswer(ctx)
      : 'Which accessory and which phone do you mean? For example: "Does the Everyday Case fit the Vision X?"';
  const facts = await productFacts(ctx, accessory);
  if (!facts) return "I couldn't look that accessory up just now. Please try again in a moment.";
  const fits = facts.fits ?? [];
  if (!phone && OTHER_DEVICE.test(plain(ctx.turn.userText))) return otherDeviceAnswer(facts, ctx.turn.userText);
  if (!phone)
    return fits.length
      ? `The **${facts.name}** works with ${listWords(fits.map((f) => `the ${f.name}${f.note ? ` (${f.note})` : ''}`))}.`
      : `The **${facts.name}** isn't made for a particular phone.`;
  const fit = fits.find((f) => f.slug === phone);
  const detail = fit && fitDetail(facts, ctx.turn.userText);
  // "Can I use the cable to connect my phone to a monitor?": it fits the phone, but its page says no to the use asked.
  if (
    fit &&
    detail &&
    OTHER_DEVICE.test(plain(ctx.turn.userText)) &&
    /\b(not|doesn t|doesnt|cannot|can t|only)\b/.test(plain(detail))
  ) {
    return paragraphs(
      `**Not for that**, I'm afraid. ${detail}`,
      `It does work with the **${fit.name}** otherwise${fit.note ? ` (${fit.note})` : ''}.`,
    );
  }
  // "Does the magnetic power bank stick to the Terra?": it works, but by cable, not by magnets.
  if (
    fit &&
    /\b(stick|snap|magnet\w*|attach\w*|cling)\b/.test(plain(ctx.turn.userText)) &&
    /no magnets|cable/i.test(fit.note ?? '')
  ) {
    return `No, it won't stick to the **${fit.name}**: it has no magnets for it. The **${facts.name}** still works with it ${fit.note}.`;
  }
  // "Does the Everyday Case block the jack on the X?" asks that, not whether it fits: the page's answer leads.
  if (fit && detail && !FIT_WORDS.test(plain(ctx.turn.userText)) && !TOO_POWERFUL.test(plain(ctx.turn.userText)))
    return paragraphs(
      `From the **${facts.name}**'s page: ${detail}`,
      `It's made for the **${fit.name}**${fit.note ? ` (${fit.note})` : ''}.`,
    );
  if (fit)
    return paragraphs(
      `Yes: the **${facts.name}** works with the **${fit.name}**${fit.note ? ` (${fit.note})` : ''}. It's ${dollars(Math.min(...facts.variants.map((v) => v.priceCents)))}${facts.variants.length > 1 ? ' and up' : ''}.`,
      await phoneTakes(ctx, facts, phone),
      detail,
    );
  const alternatives = await accessoriesOf(ctx, phone, facts.category);
  const instead = alternatives?.length
    ? ` For the ${phoneName(phone)}, take ${listWords(alternatives.slice(0, 3).map((a) => `${productLink(a.name, a.slug)} (${dollars(a.priceFromCents)})`))} instead.`
    : '';
  // A wireless charger and a phone that cannot charge wirelessly: the reason is the phone's, and said so.
  const noWireless =
    /wireless|qi2?|magnetic/i.test(`${facts.name} ${facts.tagline}`) && (await phoneLacks(ctx, phone, 'wireless'));
  const why = noWireless ? ` The ${phoneName(phone)} has no wireless charging, so it can only charge by cable.` : '';
  return `No, the **${facts.name}** doesn't fit the **${phoneName(phone)}**: it's made for ${fits.length ? listWords(fits.map((f) => `the ${f.name}`)) : 'other models'} only.${why}${instead}`;
}

/** "Is the 65 W charger overkill for a Go? It only does 30 W": what the phone itself takes, from its page. */
const ASKS_POWER = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      String.raw`\d+ ?w`,
      'watts?',
      'wattage',
      'overkill',
      'fry',
      'frie',
      'blow',
      'damage',
      'too (much|powerful|strong)',
      'full speed',
      'top speed',
      'max(imum)? speed',
      String.raw`fast\w* charg\w*`,
      String.raw`charg\w* (\w+ )?(fast|quick)\w*`,
      String.raw`quick\w* charg\w*`,
      'how fast',
      'is it fast',
    ],
    String.raw`)\b`,
  ),
);
async function phoneTakes(ctx: ReplyContext, accessory: ProductFacts, phone: string): Promise<string | undefined> {
  if (!['chargers', 'cables'].includes(accessory.category) || !ASKS_POWER.test(plain(ctx.turn.userText)))
    return undefined;
  const facts = await productFacts(ctx, phone);
  const wired = facts && (specValue(facts, /^wired charging$/i) ?? specValue(facts, /^charging$/i));
  const wireless =
    /wireless|qi2?|pad/i.test(accessory.name) && facts
      ? (specValue(facts, /^wireless charging$/i) ?? /(\d+ W Qi2?(\.\d)?[^,]*)/.exec(wired ?? '')?.[1])
      : undefined;
  const takes = wireless ?? wired?.split(/[;(]/)[0]?.trim();
  // The phone's page was read, not shown: the card stays the accessory's, so "add it" next means it.
  await showProducts(ctx, [accessory.slug]);
  if (!facts || !takes) return undefined;
  // The slower of the two sets the speed: a 65 W charger gives the Halo 65 W, not its 80 W.
  const phoneWatts = Number(/(\d+) ?W/.exec(takes)?.[1] ?? NaN);
  const gives = accessoryWatts(accessory, !!wireless);
  if (gives !== undefined && phoneWatts > gives)
    return `The **${facts.name}** takes up to ${takes}, but the **${accessory.name}** gives up to ${gives} W, so it charges at up to ${gives} W with it.`;
  return `The **${facts.name}** itself takes up to ${takes}, so that is its top speed on any ${wireless ? 'wireless ' : ''}charger.`;
}

/** The most an accessory gives, from its page: "Maximum: 65 W…", "Power: Up to 60 W…", a pad's "Qi2 magnetic: up to 15 W". */
function accessoryWatts(accessory: ProductFacts, wireless: boolean): number | undefined {
  const row = wireless
    ? (specValue(accessory, /^qi2 magnetic$/i) ?? specValue(accessory, /^wireless$/i))
    : specValue(accessory, /^(maximum|power|usb-c)$/i);
  const watts = [...(row ?? '').matchAll(/(\d+) ?W\b/g)].map((m) => Number(m[1]));
  return watts.length ? Math.max(...watts) : undefined;
}

/** "Which of the Vision Watches works with my iPhone?": the first of that kind, whose page says which phones it works with. */
async function oneOfKindForOtherDevice(ctx: ReplyContext): Promise<string | undefined> {
  const { category } = ctx.slots;
  if (!category || category === 'phones' || !OTHER_DEVICE.test(plain(ctx.turn.userText))) return undefined;
  const out = await useTool(ctx, 'search_products', { query: '', category });
  return out?.ok ? (out.result as { items: Array<{ slug: string }> }).items[0]?.slug : undefined;
}

/** "Will it fit the phone in my cart?": the cart's only phone. */
async function phoneInCart(ctx: ReplyContext): Promise<string | undefined> {
  if (!/\b(cart|basket)\b/.test(plain(ctx.turn.userText))) return undefined;
  const cart = await useTool(ctx, 'view_cart', {});
  const phones = cart?.ok
    ? (cart.result as { lines: Array<{ slug: string }> }).lines.filter((l) => PHONE_SLUGS.has(l.slug))
    : [];
  return phones.length === 1 ? phones[0]!.slug : undefined;
}

async function phoneLacks(ctx: ReplyContext, phone: string, feature: FeatureId): Promise<boolean> {
  const facts = await productFacts(ctx, phone);
  const f = facts && featuresOf([feature])[0];
  return !!f && !f.has(facts);
}
