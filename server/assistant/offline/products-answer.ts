import { optionsCompared } from './options-compare.js';
import { bullets, dollars, productLink } from './format.js';
import { referent } from './memory.js';
import { describeProduct, specLines } from './product-text.js';
import { featuresOf } from './phone-features.js';
import { productQa } from './product-qa.js';
import { PHONE_SLUGS, type FeatureId } from '../../nlu/words.js';
import { canUse, productFacts, useTool, type ProductFacts, type ReplyContext } from './reply-context.js';
import { plain, type Slots } from '../../nlu/entities.js';
import type { Aspect } from '../../nlu/words.js';

const FOLLOW_UP = /^ ?(and|what about|how about|also|in|with|or|und|oder|et|y)\b/;

/**
 * A follow-up ("and in transparent?") keeps what the previous question asked about and its
 * options, unless it names its own; "the other one" keeps the question, not the options.
 */
function followUpSlots(ctx: ReplyContext, slug: string): Pick<Slots, 'aspects' | 'colour' | 'storageGb'> {
  const { slots, memory } = ctx;
  const prev = memory.lastUser?.slots;
  const p = plain(ctx.turn.userText);
  // "And the Halo?" names a product and nothing else: the question before, about this one.
  const fragment =
    (!slots.products.length && (FOLLOW_UP.test(p) || p.trim().split(' ').length <= 7)) ||
    (FOLLOW_UP.test(p) && p.trim().split(' ').length <= 5 && !slots.aspects.length);
  if (!prev || !fragment) return slots;
  const sameProduct = slug === (prev.products[0] ?? memory.focus) && !/\bother\b/.test(p);
  const aspects = slots.aspects.filter((a) => a !== 'storage' || !slots.storageGb);
  return {
    // "Does that one come in white?" after "the lightest phone?": an option named asks its price or stock, not the weight again.
    aspects: aspects.length ? aspects : slots.colour || slots.storageGb ? optionAspects(prev.aspects) : prev.aspects,
    colour: slots.colour ?? (sameProduct ? prev.colour : undefined),
    storageGb: slots.storageGb ?? (sameProduct ? prev.storageGb : undefined),
  };
}

const optionAspects = (before: readonly Aspect[]): Aspect[] => {
  const kept = before.filter((a) => a === 'price' || a === 'stock');
  return kept.length ? kept : ['price'];
};

export async function productAnswer(ctx: ReplyContext): Promise<string> {
  // "Is the privacy tint one dearer than the clear one?": two options of one product, compared.
  const options = ctx.slots.products.length <= 1 ? await optionsCompared(ctx) : undefined;
  if (options) return options;
  const slug = referent(ctx.turn.userText, ctx.slots.products, ctx.memory);
  if (!slug)
    return (
      (await searchAnswer(ctx)) ??
      'Which product do you mean? Tell me its name, for example **Vision X** or **Vision Go**.'
    );
  const facts = await productFacts(ctx, slug);
  if (!facts) return "I couldn't look that product up just now. Please try again in a moment.";
  const { aspects, colour, storageGb } = followUpSlots(ctx, slug);
  // "How much is the 256 GB one" asks a price; the storage word only picks the option.
  const asked: Aspect[] = aspects.filter((a) => !(a === 'storage' && storageGb));
  const has = PHONE_SLUGS.has(slug) ? featureAnswer(facts, ctx.slots.features) : undefined;
  // "Terra battery size?? and does it charge wirelessly": the feature, and the other thing asked beside it.
  // "Does the Terra have a jack? And how heavy is it?": its weight too (a "battery size" is not a size asked).
  const besideAsked = asked.filter(
    (a) => ASKED_BESIDE.has(a) || (a === 'size' && WEIGHT_OR_SIZE.test(plain(ctx.turn.userText))),
  );
  const beside = besideAsked.flatMap((a) => specLines(facts, a));
  if (has)
    return beside.length
      ? has.replace(/\n\nMore on the /, `\n${bullets(beside.filter((l) => !has.includes(l)))}\n\nMore on the `)
      : has;
  const found = colour || storageGb ? [] : productQa(facts, ctx.turn.userText, 3);
  if (found.length && !covers(facts, asked))
    return pageSays(
      facts,
      found.map((f) => f.text),
    );
  const described = describeProduct(
    facts,
    asked.length || !(colour || storageGb) ? asked : ['price'],
    colour,
    storageGb,
    ctx.turn.userText,
  );
  // What the named aspects' rows leave out, the page's own sentence may say ("7 hours per charge with ANC on").
  const more = found.find((f) => !f.text.startsWith('**') && !described.includes(f.text) && f.score >= 2);
  return more ? described.replace(/\n\nMore on the /, `\n\n${more.text}\n\nMore on the `) : described;
}

/** Aspects asked beside a feature that its answer does not cover ("battery size" is the battery's, not a question of size). */
const ASKED_BESIDE: ReadonlySet<Aspect> = new Set([
  'battery',
  'camera',
  'screen',
  'performance',
  'water',
  'software',
  'repair',
]);

const WEIGHT_OR_SIZE = /\b(heavy|heavier|weigh\w*|weight|dimensions|how (big|small|thick|tall|wide)|grams?)\b/;

/** Whether the rows of the asked aspects say anything about this product (a charger has no "box"). */
const covers = (facts: ProductFacts, asked: readonly Aspect[]) =>
  asked.some((a) => ['price', 'stock', 'colours', 'storage'].includes(a) || specLines(facts, a).length > 0);

/** [PQA2] "Can I put a microSD card in the Halo?": yes or no from the row that says it, then the row. */
export function featureAnswer(facts: ProductFacts, ids: readonly FeatureId[]): string | undefined {
  const features = featuresOf(ids);
  if (!features.length) return undefined;
  const says = features.map((f) =>
    f.has(facts) ? `Yes, the **${facts.name}** has ${f.label}.` : `No, the **${facts.name}** doesn't have ${f.label}.`,
  );
  const rows = [
    ...new Set(
      features.flatMap((f) => facts.specs.filter((s) => f.row.test(s.name)).map((s) => `**${s.name}:** ${s.value}`)),
    ),
  ];
  return `${says.join(' ')}\n\n${bullets(rows)}\n\nMore on the ${productLink(facts.name, facts.slug)} page.`;
}

function pageSays(facts: ProductFacts, lines: string[]): string {
  return `Here's what we say about the **${facts.name}**:\n\n${bullets(lines)}\n\nMore on the ${productLink(facts.name, facts.slug)} page.`;
}

interface Found {
  total: number;
  items: Array<{
    slug: string;
    name: string;
    priceFromCents: number;
    priceToCents: number;
    tagline: string;
    inStock: boolean;
  }>;
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

/** [PQA3] "Set up an eSIM on my Vision Go": a phone without the feature is told so before any steps. */
export async function missingFeature(ctx: ReplyContext): Promise<string | undefined> {
  const phone = ctx.slots.products.find((s) => PHONE_SLUGS.has(s)) ?? ctx.slots.accessoryFor;
  if (!phone || !ctx.slots.features.length) return undefined;
  const facts = await productFacts(ctx, phone);
  const lacking = facts
    ? featuresOf(ctx.slots.features)
        .filter((f) => !f.has(facts))
        .map((f) => f.id)
    : [];
  return lacking.length ? featureAnswer(facts!, lacking) : undefined;
}
