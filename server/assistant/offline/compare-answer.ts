import { plain } from '../../nlu/entities.js';
import type { Aspect } from '../../nlu/words.js';
import { bullets, dollars, listWords, productLink } from './format.js';
import { accessoriesOf } from './accessory-answer.js';
import {
  ASKS_WHAT_DIFFERS,
  MEASURES,
  measureLine,
  measuresAsked,
  PRICE_GAP,
  priceLine,
  refreshRate,
  type Measure,
} from './compare-measures.js';
import { FEATURES } from './phone-features.js';
import { optionsCompared } from './options-compare.js';
import { productQa } from './product-qa.js';
import { specDifferences } from './spec-differences.js';
import { productAnswer } from './products-answer.js';
import { priceRange, specLines, specValue } from './product-text.js';
import { productFacts, useTool, type ProductFacts, type ReplyContext } from './reply-context.js';

/** The rows a side-by-side shows for each phone. */
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
  const byPrice = [...facts].sort(
    (a, b) => Math.min(...a.variants.map((v) => v.priceCents)) - Math.min(...b.variants.map((v) => v.priceCents)),
  );
  const low = Math.min(...byPrice[0]!.variants.map((v) => v.priceCents));
  const next = Math.min(...byPrice[1]!.variants.map((v) => v.priceCents));
  const mah = (f: ProductFacts) => Number(/(\d{4})\s?mAh/.exec(specValue(f, /^battery$/i) ?? '')?.[1] ?? 0);
  const bigBattery = [...facts].sort((a, b) => mah(b) - mah(a))[0]!;
  const parts = [
    next > low
      ? `The **${byPrice[0]!.name}** is ${dollars(next - low)} cheaper to start with.`
      : 'They start at the same price.',
  ];
  if (mah(bigBattery) && facts.some((f) => mah(f) !== mah(bigBattery)))
    parts.push(`The **${bigBattery.name}** has the biggest battery (${mah(bigBattery)} mAh).`);
  // What one has and another lacks ("is the X worth the extra?"): features read from the specs.
  for (const f of facts) {
    const only = [...FEATURES.filter((x) => x.id !== 'fiveg'), ...EXTRAS].filter(
      (x) => x.has(f) && facts.some((o) => o !== f && !x.has(o)),
    );
    if (only.length)
      parts.push(
        `Only the **${f.name}** has ${listWords(only.map((x) => x.label))}${facts.length > 2 ? ' of these' : ''}.`,
      );
  }
  return parts.join(' ');
}

/** Accessories compared "for my Vision Go": which of them works with it, from the catalog's fits. */
function fitVerdict(facts: ProductFacts[], phone: string): string {
  return facts
    .map((f) => {
      const fit = f.fits?.find((x) => x.slug === phone);
      return fit
        ? `The **${f.name}** works with the ${fit.name}${fit.note ? ` (${fit.note})` : ''}.`
        : `The **${f.name}** does not work with that phone.`;
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
  const ofKind =
    !products.length && accessoryFor && category && category !== 'phones'
      ? ((await accessoriesOf(ctx, accessoryFor, category)) ?? [])
      : [];
  if (ofKind.length === 1)
    return productAnswer({ ...ctx, slots: { ...ctx.slots, products: [ofKind[0]!.slug], aspects: ['price'] } });
  const facts = await comparedFacts(ctx);
  // Nothing to compare against: two options of the product, or a plain question about the one in focus.
  if (!facts)
    return (
      (await optionsCompared(ctx)) ??
      ((ctx.slots.products[0] ?? ctx.memory.focus)
        ? productAnswer(ctx)
        : 'Which products would you like me to compare? For example: "compare the Vision X and the Vision Go".')
    );
  if (facts.length < 2) return "I couldn't look those products up just now. Please try again in a moment.";
  // "Does the Go come in the same colours as the X?": each one's colours, and those they share.
  // "The nicer display? I'm fussy about colour" is about the screen's colour, not the phone's.
  if (
    /\b(colou?rs?|farben?|couleurs?|colores)\b/.test(plain(ctx.turn.userText)) &&
    !/\b(screen|display|panel|bildschirm|ecran|pantalla)\b/.test(plain(ctx.turn.userText))
  )
    return coloursCompared(facts);
  // Accessories are compared on what their pages say ("which case is tougher" finds the drop rating), phones on their figures.
  const accessories = facts.every((f) => f.category !== 'phones');
  // "What do I lose going with the cheaper one?", "is it worth the extra?": where they differ, not only the price.
  const asked = plain(ctx.turn.userText);
  const measures = measuresAsked(ctx).filter(
    (m) => !(ASKS_WHAT_DIFFERS.test(asked) && !PRICE_GAP.test(asked) && m === MEASURES.price),
  );
  // An accessory's weight, price and hours of listening read like a phone's; its other figures (days, watts, metres) are in its own rows below.
  const focused = ctx.slots.accessoryFor
    ? undefined
    : focusedComparison(
        facts,
        accessories
          ? measures.filter((m) => m === MEASURES.weight || m === MEASURES.price || m === MEASURES.listening)
          : measures,
        ctx.slots.storageGb,
      );
  // "What's the difference between them apart from the price? I mostly take photos": what the use asks
  // first, then how they differ on everything else.
  if (focused && !accessories && measures.length <= 1 && ASKS_THE_DIFFERENCE.test(asked))
    return [
      focused,
      `Here's how they compare:`,
      ...facts.map((f) => comparisonBlock(f, ctx.slots.aspects)),
      verdict(facts),
    ].join('\n\n');
  if (focused)
    return [focused, accessories && sameKind(facts) ? specDifferences(facts, ctx.turn.userText) : undefined]
      .filter(Boolean)
      .join('\n\n');
  if ((!ctx.slots.accessoryFor || !ctx.slots.products.length) && accessories)
    return accessoriesSideBySide(facts, ctx.turn.userText);
  return [
    `Here's how they compare:`,
    ...facts.map((f) => comparisonBlock(f, ctx.slots.aspects)),
    ctx.slots.accessoryFor ? fitVerdict(facts, ctx.slots.accessoryFor) : verdict(facts),
  ].join('\n\n');
}

const ASKS_THE_DIFFERENCE = /\b(differences?|differ|different|sets? (them|it) apart)\b/;

function coloursCompared(facts: ProductFacts[]): string {
  const coloursOf = (f: ProductFacts) => [...new Set(f.variants.map((v) => v.colour))];
  const shared = coloursOf(facts[0]!).filter((c) => facts.every((f) => coloursOf(f).includes(c)));
  const lines = facts.map((f) => `The ${productLink(f.name, f.slug)} comes in ${listWords(coloursOf(f))}.`);
  const both = facts.length === 2 ? 'both' : 'all of them';
  return [
    ...lines,
    shared.length
      ? `So ${both} come in ${listWords(shared)}.`
      : `No colour is shared, so matching colours isn't possible between them.`,
  ].join('\n\n');
}

/** A comparison on what was asked: the winner on each measure, each product's own rows, and their prices. */
function focusedComparison(facts: ProductFacts[], measures: Measure[], storageGb?: number): string | undefined {
  const lines = measures
    .map((m) => (m === MEASURES.price ? priceLine(facts, storageGb) : measureLine(m, facts)))
    .filter((l): l is string => !!l);
  if (!lines.length) return undefined;
  // The figures are in the lines already: each product gets its link and price, nothing repeated.
  const prices = measures.some((m) => m.aspect === 'price')
    ? undefined
    : `Prices: ${listWords(facts.map((f) => `${productLink(f.name, f.slug)} ${priceRange(f)}`))}.`;
  return [...lines, prices].filter(Boolean).join('\n\n');
}

/** "Which of your watches is better for skinny wrists?": every product of a kind the shop has two or three of. */
async function theFewOfKind(ctx: ReplyContext): Promise<string[]> {
  const { products, category, accessoryFor } = ctx.slots;
  if (products.length || accessoryFor || !category || category === 'phones') return [];
  const out = await useTool(ctx, 'search_products', { category });
  const items = out?.ok ? (out.result as { items: Array<{ slug: string }> }).items : [];
  return items.length >= 2 && items.length <= 3 ? items.map((i) => i.slug) : [];
}

/** The products a comparison is about: those named, or the one named and the one talked about before. */
async function comparedFacts(ctx: ReplyContext): Promise<ProductFacts[] | undefined> {
  const { products, accessoryFor, category } = ctx.slots;
  const focus = ctx.memory.focus;
  // "The two glass protector options for the Pro Max Ultra": the accessories of that kind that fit it.
  const ofKind =
    !products.length && accessoryFor && category && category !== 'phones'
      ? ((await accessoriesOf(ctx, accessoryFor, category)) ?? []).map((a) => a.slug)
      : [];
  const slugs = [
    ...new Set(
      products.length >= 2
        ? products
        : products.length === 1 && focus && focus !== products[0]
          ? [focus, products[0]!]
          : ofKind.length >= 2
            ? ofKind
            : ctx.memory.group.length >= 2
              ? ctx.memory.group
              : await theFewOfKind(ctx),
    ),
  ].slice(0, 3);
  if (slugs.length < 2) return undefined;
  const facts: ProductFacts[] = [];
  for (const slug of slugs) {
    const f = await productFacts(ctx, slug);
    if (f) facts.push(f);
  }
  return facts;
}

const sameKind = (facts: readonly ProductFacts[]) => facts.every((f) => f.category === facts[0]!.category);

/** [CMP2] Accessories side by side: each one's price and tagline, and what its page says about the question. */
function accessoriesSideBySide(facts: ProductFacts[], question: string): string {
  return facts
    .map((f) => {
      const said = productQa(f, question, 1).map((x) => x.text);
      return `${productLink(f.name, f.slug)} (${priceRange(f)}): ${f.tagline}${said.length ? `\n${bullets(said)}` : ''}`;
    })
    .concat(sameKind(facts) ? (specDifferences(facts, question) ?? []) : [])
    .join('\n\n');
}
