import { bullets, dollars, productLink } from './format.js';
import { referent } from './memory.js';
import { describeProduct, priceRange, specLines, specValue } from './product-text.js';
import { canUse, productFacts, useTool, type ProductFacts, type ReplyContext } from './reply-context.js';
import { plain, type Slots } from '../../nlu/entities.js';
import type { Aspect } from '../../nlu/words.js';

const FOLLOW_UP = /^ ?(and|what about|how about|also|in|with|or)\b/;

/**
 * A follow-up ("and in transparent?") keeps what the previous question asked about and its
 * options, unless it names its own; "the other one" keeps the question, not the options.
 */
function followUpSlots(ctx: ReplyContext, slug: string): Pick<Slots, 'aspects' | 'colour' | 'storageGb'> {
  const { slots, memory } = ctx;
  const prev = memory.lastUser?.slots;
  const p = plain(ctx.turn.userText);
  const fragment = !slots.products.length && (FOLLOW_UP.test(p) || p.trim().split(' ').length <= 7);
  if (!prev || !fragment) return slots;
  const sameProduct = slug === (prev.products[0] ?? memory.focus) && !/\bother\b/.test(p);
  const aspects = slots.aspects.filter((a) => a !== 'storage' || !slots.storageGb);
  return {
    aspects: aspects.length ? aspects : prev.aspects.length ? prev.aspects : slots.colour || slots.storageGb ? ['price'] : [],
    colour: slots.colour ?? (sameProduct ? prev.colour : undefined),
    storageGb: slots.storageGb ?? (sameProduct ? prev.storageGb : undefined),
  };
}

export async function productAnswer(ctx: ReplyContext): Promise<string> {
  const slug = referent(ctx.turn.userText, ctx.slots.products, ctx.memory);
  if (!slug) return (await searchAnswer(ctx)) ?? 'Which product do you mean? Tell me its name, for example **Vision X** or **Vision Go**.';
  const facts = await productFacts(ctx, slug);
  if (!facts) return "I couldn't look that product up just now. Please try again in a moment.";
  const { aspects, colour, storageGb } = followUpSlots(ctx, slug);
  // "How much is the 256 GB one" asks a price; the storage word only picks the option.
  const asked: Aspect[] = aspects.filter((a) => !(a === 'storage' && storageGb));
  return describeProduct(facts, asked.length || !(colour || storageGb) ? asked : ['price'], colour, storageGb);
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
  const rows = COMPARED.flatMap(([label, re]) => {
    const value = specValue(f, re);
    return value ? [`**${label}:** ${value}`] : [];
  });
  const extra = aspects.filter((a) => !['price', 'colours', 'stock'].includes(a)).flatMap((a) => specLines(f, a));
  return `${productLink(f.name, f.slug)}: ${priceRange(f)}\n${bullets([...new Set([...rows, ...extra])])}`;
}

function verdict(facts: ProductFacts[]): string {
  const byPrice = [...facts].sort((a, b) => Math.min(...a.variants.map((v) => v.priceCents)) - Math.min(...b.variants.map((v) => v.priceCents)));
  const low = Math.min(...byPrice[0]!.variants.map((v) => v.priceCents));
  const next = Math.min(...byPrice[1]!.variants.map((v) => v.priceCents));
  const mah = (f: ProductFacts) => Number(/(\d{4})\s?mAh/.exec(specValue(f, /^battery$/i) ?? '')?.[1] ?? 0);
  const bigBattery = [...facts].sort((a, b) => mah(b) - mah(a))[0]!;
  const parts = [next > low ? `The **${byPrice[0]!.name}** is ${dollars(next - low)} cheaper to start with.` : 'They start at the same price.'];
  if (mah(bigBattery) && facts.some((f) => mah(f) !== mah(bigBattery))) parts.push(`The **${bigBattery.name}** has the biggest battery (${mah(bigBattery)} mAh).`);
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

export async function comparisonAnswer(ctx: ReplyContext): Promise<string> {
  const { products } = ctx.slots;
  const focus = ctx.memory.focus;
  let slugs = products.length >= 2 ? products : products.length === 1 && focus && focus !== products[0] ? [focus, products[0]!] : ctx.memory.group;
  slugs = [...new Set(slugs)].slice(0, 3);
  if (slugs.length < 2) return 'Which products would you like me to compare? For example: "compare the Vision X and the Vision Go".';
  const facts: ProductFacts[] = [];
  for (const slug of slugs) {
    const f = await productFacts(ctx, slug);
    if (f) facts.push(f);
  }
  if (facts.length < 2) return "I couldn't look those products up just now. Please try again in a moment.";
  return [
    `Here's how they compare:`,
    ...facts.map((f) => comparisonBlock(f, ctx.slots.aspects)),
    ctx.slots.accessoryFor ? fitVerdict(facts, ctx.slots.accessoryFor) : verdict(facts),
  ].join('\n\n');
}

interface Found {
  total: number;
  items: Array<{ slug: string; name: string; priceFromCents: number; priceToCents: number; tagline: string; inStock: boolean }>;
}

async function search(ctx: ReplyContext, query: string, s: Slots): Promise<Found | undefined> {
  const out = await useTool(ctx, 'search_products', {
    query,
    ...(s.category ? { category: s.category } : {}),
    ...(s.maxPriceCents !== undefined ? { maxPriceCents: s.maxPriceCents } : {}),
    ...(s.minPriceCents !== undefined ? { minPriceCents: s.minPriceCents } : {}),
    ...(s.colour ? { colour: s.colour } : {}),
    ...(s.storageGb ? { storageGb: s.storageGb } : {}),
    inStockOnly: true,
    sort: 'relevance',
  });
  return out?.ok ? (out.result as Found) : undefined;
}

/** A message naming no known product: the catalog's own search, when it finds something. */
export async function searchAnswer(ctx: ReplyContext): Promise<string | undefined> {
  if (!canUse(ctx, 'search_products')) return undefined;
  const found = await search(ctx, ctx.turn.userText.slice(0, 120), ctx.slots);
  if (!found?.total) return undefined;
  return `Here's what I found:\n\n${bullets(found.items.map((i) => `${productLink(i.name, i.slug)}: from ${dollars(i.priceFromCents)}`))}\n\nWould you like details on one of them?`;
}
