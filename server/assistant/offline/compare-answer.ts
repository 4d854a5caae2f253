import { plain } from '../../nlu/entities.js';
import type { Aspect, Rank } from '../../nlu/words.js';
import { bullets, dollars, listWords, productLink } from './format.js';
import { accessoriesOf } from './accessory-answer.js';
import { FEATURES } from './phone-features.js';
import { optionsCompared } from './options-compare.js';
import { productQa } from './product-qa.js';
import { productAnswer } from './products-answer.js';
import { priceRange, specLines, specValue } from './product-text.js';
import { productFacts, type ProductFacts, type ReplyContext } from './reply-context.js';

/**
 * One thing two products can be compared on: a figure read from the tool's facts, which way is
 * better, and how the answer says it ("has the biggest battery (6000 mAh, against 4600 mAh…)").
 */
interface Measure {
  aspect: Aspect;
  figure: (f: ProductFacts) => number | undefined;
  higherIsBetter: boolean;
  /** "has the biggest battery", "is the lightest". */
  winner: string;
  /** The figure as the answer shows it. */
  show: (f: ProductFacts) => string | undefined;
}

const numberIn = (re: RegExp, value: string | undefined) => {
  const m = value === undefined ? null : re.exec(value.replace(/,/g, ''));
  return m ? Number(m[1]) : undefined;
};
const mah = (f: ProductFacts) => numberIn(/(\d+)\s?mAh/, specValue(f, /^battery$/i));
const refreshRate = (f: ProductFacts) => numberIn(/(\d+)\s?Hz/, specValue(f, /^screen$/i));
const lowestPrice = (f: ProductFacts) => Math.min(...f.variants.map((v) => v.priceCents));
const row = (name: RegExp) => (f: ProductFacts) => specValue(f, name);
const waterRow = (f: ProductFacts) => specValue(f, /^durability$/i) ?? specValue(f, /^water resistance$/i);
/** The highest IP rating the product states: IP69 beats IP68 beats IP54. */
const ipRating = (f: ProductFacts) => {
  const ratings = [...(waterRow(f) ?? '').matchAll(/IP(\d\d)/g)].map((m) => Number(m[1]));
  return ratings.length ? Math.max(...ratings) : undefined;
};
const wiredRow = (f: ProductFacts) => specValue(f, /^wired charging$/i) ?? specValue(f, /^charging$/i);

const MEASURES: Record<string, Measure> = {
  price: { aspect: 'price', figure: lowestPrice, higherIsBetter: false, winner: 'is the cheapest', show: (f) => `from ${dollars(lowestPrice(f))}` },
  battery: { aspect: 'battery', figure: mah, higherIsBetter: true, winner: 'has the biggest battery', show: (f) => (mah(f) ? `${mah(f)} mAh` : undefined) },
  weight: { aspect: 'size', figure: (f) => numberIn(/(\d+(?:\.\d+)?)\s?g\b/, specValue(f, /^weight$/i)), higherIsBetter: false, winner: 'is the lightest', show: row(/^weight$/i) },
  brightness: { aspect: 'screen', figure: (f) => numberIn(/([\d,]+)\s?nits/, `${specValue(f, /^screen$/i)} ${specValue(f, /^brightness$/i) ?? ''}`), higherIsBetter: true, winner: 'has the brightest screen, the easiest to read in the sun', show: (f) => [specValue(f, /^screen$/i), specValue(f, /^brightness$/i)].filter(Boolean).join(', ') },
  selfie: { aspect: 'camera', figure: (f) => numberIn(/(\d+)\s?MP/, specValue(f, /^front$/i)), higherIsBetter: true, winner: 'has the best selfie camera', show: (f) => specValue(f, /^front$/i) && `front camera ${specValue(f, /^front$/i)}` },
  screen: { aspect: 'screen', figure: (f) => numberIn(/(\d+(?:\.\d+)?)-?\s?inch/, specValue(f, /^screen$/i)), higherIsBetter: true, winner: 'has the biggest screen', show: row(/^screen$/i) },
  // Equal megapixels: the pricier phone has the larger sensor and the better lenses (as recommendations rank).
  camera: { aspect: 'camera', figure: (f) => (numberIn(/(\d+)\s?MP/, specValue(f, /^main$/i)) ?? 0) * 1e7 + lowestPrice(f), higherIsBetter: true, winner: 'has the best camera', show: (f) => specValue(f, /^main$/i) && `main camera ${specValue(f, /^main$/i)}${specValue(f, /^telephoto$/i) ? `; telephoto ${specValue(f, /^telephoto$/i)}` : ''}` },
  storage: { aspect: 'storage', figure: (f) => Math.max(0, ...f.variants.map((v) => v.storageGb ?? 0)), higherIsBetter: true, winner: 'offers the most storage', show: row(/^storage$/i) },
  water: { aspect: 'water', figure: ipRating, higherIsBetter: true, winner: 'is the toughest and most water-resistant', show: waterRow },
  performance: { aspect: 'performance', figure: (f) => numberIn(/(\d+)\s?GB/, specValue(f, /^ram$/i)), higherIsBetter: true, winner: 'is the most powerful', show: (f) => [specValue(f, /^chip$/i), specValue(f, /^ram$/i) && `${specValue(f, /^ram$/i)} RAM`, refreshRate(f) && `a ${refreshRate(f)} Hz screen`].filter(Boolean).join(', ') },
  charging: { aspect: 'charging', figure: (f) => numberIn(/(\d+)\s?W\b/, wiredRow(f)), higherIsBetter: true, winner: 'charges the fastest', show: wiredRow },
  software: { aspect: 'software', figure: (f) => numberIn(/(\d+) years? of security/, specValue(f, /^software support$/i)), higherIsBetter: true, winner: 'gets updates the longest', show: row(/^software support$/i) },
  repair: { aspect: 'repair', figure: (f) => numberIn(/(\d+(?:\.\d+)?)\/10/, specValue(f, /^repairability$/i)), higherIsBetter: true, winner: 'is the easiest to repair', show: row(/^repairability$/i) },
};

const RANK_MEASURE: Partial<Record<Rank, string>> = { 'price-asc': 'price', battery: 'battery', weight: 'weight', screen: 'screen', camera: 'camera', storage: 'storage' };

/** Comparative words and what a shopper's use of the phone asks for ("for gaming", "just calls"). */
const WORDED: Array<[string, RegExp]> = [
  ['selfie', /\b(selfies?|front camera|video calls?|facetime|zoom calls?|vlog\w*)\b/],
  ['brightness', /\b(bright\w*|sun\w*|outside|glare|daylight|nits)\b/],
  ['water', /\b(fall\w*|ladder|crack\w*|smash\w*|break\w*|tough\w*|rugged\w*|durab\w*|sturd\w*|drops?|dropping|water\w*|swim\w*|outdoors?|hik\w*|building site|construction|robust\w*|etanche|wasserdicht|resistente)\b/],
  // "How much faster does the Halo charge?" is about charging, not the chip.
  ['charging', /\bcharg\w*\b.{0,30}\b(faster|quicker|quickest|fastest|speed|quick)\b|\b(faster|quicker|quickest|fastest|how fast|how quick\w*)\b.{0,30}\bcharg\w*|\bfast(er)? charg\w*|\bwattage\b/],
  ['performance', /\b(faster|fastest|quicker|powerful|performance|gaming|games?|speed|snappier|ram|chip|processor|spiele|jeux|juegos)\b/],
  ['camera', /\b(camera|cameras|photos?|pictures?|pics|photography|instagram|selfies?|zoom|kamera|camara|fotos)\b/],
  ['battery', /\b(battery|batteries|mah|last longer|lasts longer|all day|two days|akku|batterie|bateria|autonomie|autonomia)\b/],
  ['screen', /\b(screen|display|bildschirm|ecran|pantalla)\b/],
  ['weight', /\b(lighter|lightest|weigh\w*|heav\w*|smaller|compact|pocket|one hand\w*|small hands|leger|leicht\w*|ligero)\b/],
  ['software', /\b(updates?|software|support (longer|for longer)|years of)\b/],
  ['repair', /\b(repair\w*|fix it myself)\b/],
  // Someone who only calls and messages wants the simplest, cheapest phone that does it well.
  ['price', /\b(cheaper|cheapest|price|cost|value|money|budget|afford\w*|just (calls?|texts?|whatsapps?|messag\w*)|basic|simple|calls and|my (mum|mom|dad|gran\w*|grandpa|nan|kid|son|daughter))\b/],
];

const ASKS_WHAT_DIFFERS = /\b(lose|losing|give up|miss out|missing out|gain|get for (the|my)|worth (it|the)|trade ?offs?)\b/;

/** What the shopper compares on: a ranking word first, then their words, at most two. */
function measuresAsked(ctx: ReplyContext): Measure[] {
  // "Apart from the price": what is set aside is not what is asked.
  const p = plain(ctx.turn.userText).replace(/\b(apart from|except|besides|other than|aside from|not counting|ignoring)( the)? (\w+)/g, ' ');
  const names = [ctx.slots.rank && RANK_MEASURE[ctx.slots.rank], ...WORDED.filter(([, re]) => re.test(p)).map(([name]) => name)].filter((n): n is string => !!n);
  // Speed of charging is asked, not the chip's.
  const asked = names.includes('charging') ? names.filter((n) => n !== 'performance') : names;
  return [...new Set(asked)].slice(0, 2).map((n) => MEASURES[n]!);
}

function measureLine(m: Measure, facts: ProductFacts[]): string | undefined {
  const known = facts.filter((f) => m.figure(f) !== undefined);
  if (known.length < 2) return undefined;
  const sorted = [...known].sort((a, b) => (m.higherIsBetter ? m.figure(b)! - m.figure(a)! : m.figure(a)! - m.figure(b)!));
  const [best, ...others] = sorted;
  const shown = (f: ProductFacts) => m.show(f) ?? '';
  if (others.every((f) => m.figure(f) === m.figure(best!))) return `They are level on this: ${listWords(known.map((f) => `the **${f.name}** ${shown(f)}`))}.`;
  return `The **${best!.name}** ${m.winner} (${shown(best!)}, against ${listWords(others.map((f) => `${shown(f)} for the ${f.name}`))}).`;
}

const COMPARED: Array<[string, RegExp]> = [
  ['Screen', /^screen$/i],
  ['Main camera', /^main$/i],
  ['Battery', /^battery$/i],
  ['Charging', /charging/i],
  ['Water resistance', /^water resistance$/i],
  ['Weight', /^weight$/i],
];

function comparisonBlock(f: ProductFacts, aspects: readonly Aspect[]): string {
  // Each row's headline only ("6.8-inch LTPO OLED, 3120 × 1440"): the product page has the rest.
  const rows = COMPARED.flatMap(([label, re]) => {
    const value = specValue(f, re)?.split(', ').slice(0, 2).join(', ');
    return value ? [`**${label}:** ${value}`] : [];
  });
  const extra = aspects.filter((a) => !['price', 'colours', 'stock'].includes(a)).flatMap((a) => specLines(f, a));
  return `${productLink(f.name, f.slug)}: ${priceRange(f)}\n${bullets([...new Set([...rows, ...extra])])}`;
}

/** Differences beyond the features a shopper can filter on: a second lens, a faster screen. */
const EXTRAS: ReadonlyArray<{ label: string; has: (f: ProductFacts) => boolean }> = [
  { label: 'an ultra-wide camera', has: (f) => specValue(f, /^ultra-wide$/i) !== undefined },
  { label: 'a 120 Hz screen', has: (f) => (refreshRate(f) ?? 0) >= 120 },
];

function verdict(facts: ProductFacts[]): string {
  const byPrice = [...facts].sort((a, b) => Math.min(...a.variants.map((v) => v.priceCents)) - Math.min(...b.variants.map((v) => v.priceCents)));
  const low = Math.min(...byPrice[0]!.variants.map((v) => v.priceCents));
  const next = Math.min(...byPrice[1]!.variants.map((v) => v.priceCents));
  const mah = (f: ProductFacts) => Number(/(\d{4})\s?mAh/.exec(specValue(f, /^battery$/i) ?? '')?.[1] ?? 0);
  const bigBattery = [...facts].sort((a, b) => mah(b) - mah(a))[0]!;
  const parts = [next > low ? `The **${byPrice[0]!.name}** is ${dollars(next - low)} cheaper to start with.` : 'They start at the same price.'];
  if (mah(bigBattery) && facts.some((f) => mah(f) !== mah(bigBattery))) parts.push(`The **${bigBattery.name}** has the biggest battery (${mah(bigBattery)} mAh).`);
  // What one has and another lacks ("is the X worth the extra?"): features read from the specs.
  for (const f of facts) {
    const only = [...FEATURES.filter((x) => x.id !== 'fiveg'), ...EXTRAS].filter((x) => x.has(f) && facts.some((o) => o !== f && !x.has(o)));
    if (only.length) parts.push(`Only the **${f.name}** has ${listWords(only.map((x) => x.label))}${facts.length > 2 ? ' of these' : ''}.`);
  }
  return parts.join(' ');
}

/** Accessories compared "for my Vision Go": which of them works with it, from the catalog's fits. */
function fitVerdict(facts: ProductFacts[], phone: string): string {
  return facts
    .map((f) => {
      const fit = f.fits?.find((x) => x.slug === phone);
      return fit ? `The **${f.name}** works with the ${fit.name}${fit.note ? ` (${fit.note})` : ''}.` : `The **${f.name}** does not work with that phone.`;
    })
    .join(' ');
}

/**
 * [CMP1] Two or three products side by side. Asked on something ("which is lighter", "better
 * camera", "for gaming"), the answer leads with who wins on it and the figures; asked nothing in
 * particular, it shows the key rows of each and where they differ most.
 */
export async function comparisonAnswer(ctx: ReplyContext): Promise<string> {
  // "The two glass options for the Pro Max Ultra" when one product of that kind fits it: its options, by price.
  const { products, accessoryFor, category } = ctx.slots;
  const ofKind = !products.length && accessoryFor && category && category !== 'phones' ? ((await accessoriesOf(ctx, accessoryFor, category)) ?? []) : [];
  if (ofKind.length === 1) return productAnswer({ ...ctx, slots: { ...ctx.slots, products: [ofKind[0]!.slug], aspects: ['price'] } });
  const facts = await comparedFacts(ctx);
  // Nothing to compare against: two options of the product, or a plain question about the one in focus.
  if (!facts) return (await optionsCompared(ctx)) ?? (ctx.slots.products[0] ?? ctx.memory.focus ? productAnswer(ctx) : 'Which products would you like me to compare? For example: "compare the Vision X and the Vision Go".');
  if (facts.length < 2) return "I couldn't look those products up just now. Please try again in a moment.";
  // "Does the Go come in the same colours as the X?": each one's colours, and those they share.
  if (/\b(colou?rs?|farben?|couleurs?|colores)\b/.test(plain(ctx.turn.userText))) return coloursCompared(facts);
  // Accessories are compared on what their pages say ("which case is tougher" finds the drop rating), phones on their figures.
  const accessories = facts.every((f) => f.category !== 'phones');
  // "What do I lose going with the cheaper one?", "is it worth the extra?": where they differ, not only the price.
  const measures = measuresAsked(ctx).filter((m) => !(ASKS_WHAT_DIFFERS.test(plain(ctx.turn.userText)) && m === MEASURES.price));
  const focused = ctx.slots.accessoryFor || accessories ? undefined : focusedComparison(facts, measures);
  if (focused) return focused;
  if ((!ctx.slots.accessoryFor || !ctx.slots.products.length) && accessories) return accessoriesSideBySide(facts, ctx.turn.userText);
  return [
    `Here's how they compare:`,
    ...facts.map((f) => comparisonBlock(f, ctx.slots.aspects)),
    ctx.slots.accessoryFor ? fitVerdict(facts, ctx.slots.accessoryFor) : verdict(facts),
  ].join('\n\n');
}

function coloursCompared(facts: ProductFacts[]): string {
  const coloursOf = (f: ProductFacts) => [...new Set(f.variants.map((v) => v.colour))];
  const shared = coloursOf(facts[0]!).filter((c) => facts.every((f) => coloursOf(f).includes(c)));
  const lines = facts.map((f) => `The ${productLink(f.name, f.slug)} comes in ${listWords(coloursOf(f))}.`);
  const both = facts.length === 2 ? 'both' : 'all of them';
  return [...lines, shared.length ? `So ${both} come in ${listWords(shared)}.` : `No colour is shared, so matching colours isn't possible between them.`].join('\n\n');
}

/** A comparison on what was asked: the winner on each measure, each product's own rows, and their prices. */
function focusedComparison(facts: ProductFacts[], measures: Measure[]): string | undefined {
  const lines = measures.map((m) => measureLine(m, facts)).filter((l): l is string => !!l);
  if (!lines.length) return undefined;
  // The figures are in the lines already: each product gets its link and price, nothing repeated.
  const prices = measures.some((m) => m.aspect === 'price') ? undefined : `Prices: ${listWords(facts.map((f) => `${productLink(f.name, f.slug)} ${priceRange(f)}`))}.`;
  return [...lines, prices].filter(Boolean).join('\n\n');
}

/** The products a comparison is about: those named, or the one named and the one talked about before. */
async function comparedFacts(ctx: ReplyContext): Promise<ProductFacts[] | undefined> {
  const { products, accessoryFor, category } = ctx.slots;
  const focus = ctx.memory.focus;
  // "The two glass protector options for the Pro Max Ultra": the accessories of that kind that fit it.
  const ofKind = !products.length && accessoryFor && category && category !== 'phones' ? ((await accessoriesOf(ctx, accessoryFor, category)) ?? []).map((a) => a.slug) : [];
  const slugs = [...new Set(products.length >= 2 ? products : products.length === 1 && focus && focus !== products[0] ? [focus, products[0]!] : ofKind.length >= 2 ? ofKind : ctx.memory.group)].slice(0, 3);
  if (slugs.length < 2) return undefined;
  const facts: ProductFacts[] = [];
  for (const slug of slugs) {
    const f = await productFacts(ctx, slug);
    if (f) facts.push(f);
  }
  return facts;
}

/** [CMP2] Accessories side by side: each one's price and tagline, and what its page says about the question. */
function accessoriesSideBySide(facts: ProductFacts[], question: string): string {
  return facts
    .map((f) => {
      const said = productQa(f, question, 1).map((x) => x.text);
      return `${productLink(f.name, f.slug)} (${priceRange(f)}): ${f.tagline}${said.length ? `\n${bullets(said)}` : ''}`;
    })
    .join('\n\n');
}
