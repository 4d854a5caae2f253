import type { SpecFigures } from '../assistant.js';
import { plain, ruledOutProducts } from '../../nlu/entities.js';
import type { Aspect, Rank } from '../../nlu/words.js';
import { FACT_FIGURES, featuresOf, type Feature } from './phone-features.js';
import { OUTDOOR } from '../understanding/signs.js';
import { specLines, specValue } from './product-text.js';
import { bullets, dollars, listWords, productLink, storageLabel } from './format.js';
import { productFacts, showProducts, useTool, type ProductFacts, type ReplyContext } from './reply-context.js';
import { anyOf, group } from '../../nlu/alternatives.js';
import { MEASURES } from './compare-measures.js';

interface Candidate {
  slug: string;
  name: string;
  tagline: string;
  figures?: SpecFigures;
  /** The rows features and some ranks read (search_products' feature rows). */
  specs?: ProductFacts['specs'];
  variants?: Array<{ colour: string; storageGb: number | null; priceCents: number; stock: number }>;
}

interface Pick {
  c: Candidate;
  /** The cheapest variant that meets the stated options (storage, colour), in stock first. */
  priceCents: number;
  /** Every variant that meets the stated options is out of stock. */
  soldOut: boolean;
}

/** Said beside a pick none of whose variants with the options asked is in stock. */
const soldOutNote = (p: Pick) => (p.soldOut ? ' (**out of stock** in that option just now)' : '');

const factFigure = (p: Pick, rank: keyof typeof FACT_FIGURES) => FACT_FIGURES[rank]({ specs: p.c.specs ?? [] });

const NO_CASE_NEEDED = anyOf(
  '',
  group(
    String.raw`\b(`,
    [
      'on its own',
      'by itself',
      'built in',
      'builtin',
      'natively',
      group(
        'without (needing |having |buying )?(a |any |some |an |the )?(',
        ['special ', 'extra ', 'magnetic ', 'separate '],
        ')?case',
      ),
      'no case',
      '(dont|do not|wont|not) (want to )?(need|buy|have) (a |any |some )?(special |extra |magnetic )?case',
    ],
    String.raw`)\b`,
  ),
);

/** "IP68 (1.5 m for 30 minutes)", "IP68 and IP69, …": the best water digit of its IP ratings, then the depth. */
function waterRating(p: Pick): { score: number; text: string } | undefined {
  const row = (p.c.specs ?? []).find(
    (s) => /^(water resistance|durability)$/i.test(s.name) && /\bIP\d\d\b/.test(s.value),
  );
  if (!row) return undefined;
  const ratings = [...row.value.matchAll(/\bIP\d(\d)\b/g)].map((m) => Number(m[1]));
  const depth = Number(/(\d+(?:\.\d+)?) ?m\b(?! drops?)/.exec(row.value)?.[1] ?? 0);
  const best = Math.max(...ratings);
  return { score: best * 100 + depth, text: row.value };
}

const listeningHours = (p: Pick) => MEASURES.listening!.figure({ specs: p.c.specs ?? [] } as ProductFacts);

/** How each ranking orders candidates, and how the answer says why. */
const RANKS: Record<
  Rank,
  { key: (p: Pick) => number; why: (p: Pick) => string; label: string; known?: (p: Pick) => boolean }
> = {
  'price-asc': { key: (p) => p.priceCents, why: (p) => dollars(p.priceCents), label: 'is the cheapest' },
  'price-desc': { key: (p) => -p.priceCents, why: (p) => dollars(p.priceCents), label: 'is our top model' },
  // Earbuds and headphones state hours of listening, not mAh (one category is ranked at a time).
  battery: {
    known: (p) => p.c.figures?.battery !== undefined || listeningHours(p) !== undefined,
    key: (p) => -(p.c.figures?.battery ?? listeningHours(p) ?? 0),
    why: (p) =>
      p.c.figures?.battery !== undefined ? `${p.c.figures.battery} mAh` : `${listeningHours(p)} hours of listening`,
    label: 'has the biggest battery',
  },
  weight: {
    known: (p) => p.c.figures?.weight !== undefined,
    key: (p) => p.c.figures?.weight ?? 9999,
    why: (p) => `${p.c.figures?.weight} g`,
    label: 'is the lightest',
  },
  screen: {
    known: (p) => p.c.figures?.screen !== undefined,
    key: (p) => -(p.c.figures?.screen ?? 0),
    why: (p) => `a ${p.c.figures?.screen}-inch screen`,
    label: 'has the biggest screen',
  },
  // Equal megapixels: the pricier phone has the larger sensor and the better lenses.
  camera: {
    known: (p) => p.c.figures?.camera !== undefined,
    key: (p) => -((p.c.figures?.camera ?? 0) * 1e6 + p.priceCents),
    why: (p) => `a ${p.c.figures?.camera} MP main camera`,
    label: 'has the best camera',
  },
  storage: {
    key: (p) => -Math.max(...(p.c.variants ?? []).map((v) => v.storageGb ?? 0)),
    why: (p) => `up to ${storageLabel(Math.max(...(p.c.variants ?? []).map((v) => v.storageGb ?? 0)))}`,
    label: 'has the most storage',
  },
  // Equal RAM: the pricier phone has the faster chip and the better cooling.
  performance: {
    known: (p) => factFigure(p, 'performance') > 0,
    key: (p) => -(factFigure(p, 'performance') * 1e7 + p.priceCents),
    why: (p) =>
      `${specValue({ specs: p.c.specs ?? [] }, /^chip$/i) ?? 'the chip'}, ${factFigure(p, 'performance')} GB RAM`,
    label: 'is the most powerful',
  },
  charging: {
    key: (p) => -factFigure(p, 'charging'),
    why: (p) => `${factFigure(p, 'charging')} W wired charging`,
    label: 'charges the fastest',
  },
  // The IP rating's water digit first (IP69 over IP68 over IP67), then the depth it is rated for.
  water: {
    known: (p) => waterRating(p) !== undefined,
    key: (p) => -(waterRating(p)?.score ?? 0),
    why: (p) => waterRating(p)?.text ?? '',
    label: 'is the most water-resistant',
  },
  software: {
    key: (p) => -(factFigure(p, 'software') * 1e7 - p.priceCents),
    why: (p) => `${factFigure(p, 'software')} years of security updates`,
    label: 'gets updates the longest',
  },
};

function priced(c: Candidate, storageGb?: number, colour?: string): Pick | undefined {
  const options = (c.variants ?? []).filter(
    (v) => (!storageGb || v.storageGb === storageGb) && (!colour || v.colour.toLowerCase() === colour.toLowerCase()),
  );
  if (!options.length) return undefined;
  const inStock = options.filter((v) => v.stock > 0);
  return {
    c,
    priceCents: Math.min(...(inStock.length ? inStock : options).map((v) => v.priceCents)),
    soldOut: !inStock.length,
  };
}

function constraintWords(ctx: ReplyContext, withFeatures = true): string {
  const s = ctx.slots;
  const features =
    withFeatures && (s.category ?? 'phones') === 'phones' ? featuresOf(s.features).map((f) => f.label) : [];
  return [
    features.length ? `with ${listWords(features)}` : '',
    s.storageGb ? `with ${storageLabel(s.storageGb)}` : '',
    s.colour ? `in ${s.colour}` : '',
    s.maxPriceCents !== undefined ? `under ${dollars(s.maxPriceCents)}` : '',
    s.minPriceCents !== undefined ? `over ${dollars(s.minPriceCents)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * [REC1] A recommendation that honours every stated constraint: options and budget filter
 * (at the price of the variant that meets them), the ranking word orders, and the answer says
 * why; when nothing fits it says so plainly and names the closest.
 */
export async function recommendAnswer(ctx: ReplyContext): Promise<string> {
  const category = ctx.slots.category ?? 'phones';
  const out = await useTool(ctx, 'search_products', { query: '', category, sort: 'price-asc' });
  if (!out?.ok) return "I couldn't search the catalog just now. Please try again in a moment.";
  const all = (out.result as { items: Candidate[] }).items;
  const { storageGb, colour, maxPriceCents, minPriceCents } = ctx.slots;
  // Rough use named ("ladders, rain, dust") outranks an aspect word met on the way ("in my pocket").
  const asked = ctx.slots.rank ?? (OUTDOOR.test(plain(ctx.turn.userText)) ? undefined : rankOfAspects(ctx));
  // A budget alone ranks by price, best first; water or rough use within it ("survive a swim, max 1000") ranks by toughness.
  // A child's first phone, with nothing else asked, is the least expensive one.
  const rank =
    asked ??
    (maxPriceCents !== undefined && !OUTDOOR.test(plain(ctx.turn.userText))
      ? 'price-desc'
      : category === 'phones' && FOR_A_CHILD.test(plain(ctx.turn.userText)) && !OUTDOOR.test(plain(ctx.turn.userText))
        ? 'price-asc'
        : undefined);
  const features = category === 'phones' ? featuresOf(ctx.slots.features) : [];
  // "Charges wirelessly on its own, without a special case": a phone that needs its case for it does not count.
  const onItsOwn = NO_CASE_NEEDED.test(plain(ctx.turn.userText));
  const ruledOut = new Set(ruledOutProducts(ctx.turn.userText));
  const meeting = all
    .filter((c) => !ruledOut.has(c.slug))
    .flatMap((c) => priced(c, storageGb, colour) ?? [])
    .filter((p) =>
      features.every(
        (f) =>
          f.has({ specs: p.c.specs ?? [] }) &&
          !(onItsOwn && (p.c.specs ?? []).some((s) => f.row.test(s.name) && /\bcase\b/i.test(s.value))),
      ),
    );
  const fitting = meeting.filter(
    (p) =>
      (maxPriceCents === undefined || p.priceCents <= maxPriceCents) &&
      (minPriceCents === undefined || p.priceCents >= minPriceCents),
  );
  if (features.length && !fitting.length) return withoutFeature(features, meeting, constraintWords(ctx, false));
  if (!rank && OUTDOOR.test(plain(ctx.turn.userText)) && fitting.length) return outdoorAnswer(ctx, fitting);
  const what = `${category === 'phones' ? 'phone' : 'one'}${constraintWords(ctx) ? ` ${constraintWords(ctx)}` : ''}`;
  if (!fitting.length) {
    const closest = [...meeting].sort((a, b) => a.priceCents - b.priceCents)[0];
    return closest
      ? `We don't have a ${what}. The closest is the ${productLink(closest.c.name, closest.c.slug)} at ${dollars(closest.priceCents)}${storageGb ? ` with ${storageLabel(storageGb)}` : ''}.`
      : `We don't have a ${what}. Would you like me to look with other options?`;
  }
  if (!rank) return lineup(fitting, what, colour);
  const { key, why, label, known } = RANKS[rank];
  // A product whose page gives no figure for it (earbuds have no single weight) comes after those ranked, without one.
  const hasFigure = (p: Pick) => !known || known(p);
  const [best, ...rest] = [...betterHalf(fitting, ctx.slots.alsoRank)].sort(
    (a, b) => Number(hasFigure(b)) - Number(hasFigure(a)) || key(a) - key(b),
  );
  // Nothing of the kind has the figure ("the most powerful headphones"): the options, not a made-up winner.
  if (!hasFigure(best!)) return lineup(fitting, what, colour);
  const also = rest.slice(0, rank === 'price-asc' ? 1 : 2);
  await showProducts(
    ctx,
    [best!, ...also].map((p) => p.c.slug),
  );
  const budgetNote = ctx.slots.rank === undefined && maxPriceCents !== undefined ? 'is the best we have' : label;
  return [
    `The ${productLink(best!.c.name, best!.c.slug)} ${budgetNote}${constraintWords(ctx) ? ` ${constraintWords(ctx)}` : ''}: **${why(best!)}**${rank.startsWith('price') ? '' : `, ${dollars(best!.priceCents)}`}${soldOutNote(best!)}. ${best!.c.tagline}`,
    rest.length
      ? `Also ${constraintWords(ctx) || 'worth a look'}:\n\n${bullets(also.map((p) => `${productLink(p.c.name, p.c.slug)}: ${hasFigure(p) ? why(p) : dollars(p.priceCents)}${rank.startsWith('price') || !hasFigure(p) ? '' : `, ${dollars(p.priceCents)}`}${soldOutNote(p)}`))}`
      : undefined,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** "Lighter but still a big battery": only the better half by the second ranking is ranked by the first. */
function betterHalf(picks: Pick[], by?: Rank): Pick[] {
  if (!by || picks.length < 3) return picks;
  const sorted = [...picks].sort((a, b) => RANKS[by].key(a) - RANKS[by].key(b));
  return sorted.slice(0, Math.ceil(sorted.length / 2));
}

/** "A phone with a good camera" ranks like "the best camera". */
const ASPECT_RANKS: Partial<Record<Aspect, Rank>> = {
  battery: 'battery',
  camera: 'camera',
  size: 'weight',
  screen: 'screen',
  storage: 'storage',
};
/** "A first phone for my 10 year old", "something for my daughter": a child's phone. */
const FOR_A_CHILD = anyOf(
  '',
  String.raw`\b(first|1st) (phone|mobile|cell ?phone|smartphone)\b`,
  String.raw`\b(for|to) (my|our|a|the) (\d{1,2} ?(year|yr)s? old |little |young )?(kid|kids|child|children|son|daughter|boy|girl|teen|teenager|grandson|granddaughter|nephew|niece)\b`,
  String.raw`\bfor (a|my|our) \d{1,2} ?(year|yr)s? old\b`,
);

const rankOfAspects = (ctx: ReplyContext) => ctx.slots.aspects.map((a) => ASPECT_RANKS[a]).find((r) => r !== undefined);

/** Water and rough use: the catalog's own search ranks by what the products say about it. */
async function outdoorAnswer(ctx: ReplyContext, fitting: Pick[]): Promise<string> {
  // Cases for a child who drops everything are looked for among cases ("every phone" was said of them).
  const category = ctx.slots.category ?? 'phones';
  const out = await useTool(ctx, 'search_products', { query: 'rugged waterproof outdoor', category });
  const found = out?.ok ? (out.result as { items: Candidate[] }).items : [];
  const best = found.map((c) => fitting.find((p) => p.c.slug === c.slug)).find((p) => p !== undefined);
  if (!best) return lineup(fitting, category === 'phones' ? 'phone' : 'one', ctx.slots.colour);
  const facts = await productFacts(ctx, best.c.slug);
  // Its card alone, so "does it have a headphone jack?" next means it.
  await showProducts(ctx, [best.c.slug]);
  const lines = facts ? specLines(facts, 'water').slice(0, 2) : [];
  return [
    `For the outdoors I'd suggest the ${productLink(best.c.name, best.c.slug)} (from ${dollars(best.priceCents)}): ${best.c.tagline}`,
    lines.length ? bullets(lines) : undefined,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** No ranking asked: the options that fit, cheapest first, and one question about what matters. */
function lineup(fitting: Pick[], what: string, colour?: string): string {
  if (fitting.length === 1)
    return `The ${productLink(fitting[0]!.c.name, fitting[0]!.c.slug)} is the only ${what} we sell: from ${dollars(fitting[0]!.priceCents)}${soldOutNote(fitting[0]!)}. ${fitting[0]!.c.tagline}`;
  // A tagline's headline ("The everyday VisionX"), not its whole sentence: five of them are a list, not an essay.
  const lines = fitting
    .slice(0, 5)
    .map(
      (p) =>
        `${productLink(p.c.name, p.c.slug)}${colour ? ` in ${colour}` : ''}: from ${dollars(p.priceCents)}${soldOutNote(p)}. ${p.c.tagline.split(/: | with /)[0]!.replace(/[.,]$/, '')}.`,
    );
  const asks = ['battery life', 'camera', 'size', 'price'];
  return `Here's every ${what} we sell:\n\n${bullets(lines)}\n\nWhat matters most to you: ${listWords(asks)}? I'll narrow it down.`;
}

/** [REC2] A feature nothing within the constraints has: said plainly, with the cheapest phone that has it. */
function withoutFeature(features: Feature[], having: Pick[], constraints: string): string {
  const what = listWords(features.map((f) => f.label));
  const cheapest = [...having].sort((a, b) => a.priceCents - b.priceCents)[0];
  if (!cheapest) return `None of our phones has ${what}.`;
  const rows = features.flatMap((f) =>
    (cheapest.c.specs ?? []).filter((s) => f.row.test(s.name)).map((s) => `**${s.name}:** ${s.value}`),
  );
  return [
    `None of our phones${constraints ? ` ${constraints}` : ''} has ${what}. The cheapest that does is the ${productLink(cheapest.c.name, cheapest.c.slug)} at ${dollars(cheapest.priceCents)}.`,
    rows.length ? bullets(rows) : undefined,
  ]
    .filter(Boolean)
    .join('\n\n');
}
