import { bullets, dollars, listWords, productLink, storageLabel } from './format.js';
import type { ProductFacts } from './reply-context.js';
import { ASPECT_SPECS, type Aspect } from '../../nlu/words.js';

/** Pure text from product_details facts: every figure here is the tool's. */

type Variant = ProductFacts['variants'][number];

export const coloursOf = (f: ProductFacts) => [...new Set(f.variants.map((v) => v.colour))];
export const storagesOf = (f: ProductFacts) =>
  [...new Set(f.variants.flatMap((v) => (v.storageGb ? [v.storageGb] : [])))].sort((a, b) => a - b);

export function priceRange(f: ProductFacts): string {
  const prices = f.variants.map((v) => v.priceCents);
  const [lo, hi] = [Math.min(...prices), Math.max(...prices)];
  return lo === hi ? dollars(lo) : `from ${dollars(lo)} to ${dollars(hi)}`;
}

export const stockNote = (stock: number) =>
  stock <= 0 ? 'out of stock' : stock <= 5 ? `in stock, only ${stock} left` : 'in stock';

const variantLabel = (v: Variant) =>
  [v.colour, v.storageGb ? storageLabel(v.storageGb) : ''].filter(Boolean).join(', ');

/** The spec rows that answer an aspect, as "**Name:** value" lines. */
export function specLines(f: ProductFacts, aspect: Aspect): string[] {
  const re = ASPECT_SPECS[aspect];
  return f.specs.filter((s) => re.test(s.name) || re.test(s.group)).map((s) => `**${s.name}:** ${s.value}`);
}

export const specValue = (f: Pick<ProductFacts, 'specs'>, name: RegExp) =>
  f.specs.find((s) => name.test(s.name))?.value;

/** A colour or storage the product lacks: said plainly with what it does come in. */
export function missingOption(f: ProductFacts, colour?: string, storageGb?: number): string | undefined {
  const colours = coloursOf(f);
  if (colour && !colours.some((c) => c.toLowerCase() === colour.toLowerCase())) {
    return `The **${f.name}** doesn't come in ${colour}. It comes in ${listWords(colours)}.`;
  }
  const storages = storagesOf(f);
  if (storageGb && !storages.includes(storageGb)) {
    return storages.length
      ? `The **${f.name}** doesn't come with ${storageLabel(storageGb)}. It comes with ${listWords(storages.map(storageLabel))}.`
      : `The **${f.name}** has no storage options.`;
  }
  return undefined;
}

/** Prices of the variants matching colour and storage; one line per distinct price otherwise. */
export function priceText(f: ProductFacts, colour?: string, storageGb?: number): string {
  const matching = f.variants.filter(
    (v) => (!colour || v.colour.toLowerCase() === colour.toLowerCase()) && (!storageGb || v.storageGb === storageGb),
  );
  if (matching.length === 1) {
    const v = matching[0]!;
    return `The **${f.name}** (${variantLabel(v)}) costs **${dollars(v.priceCents)}** and is ${stockNote(v.stock)}.`;
  }
  if (
    !colour &&
    storagesOf(f).length > 1 &&
    new Set(f.variants.map((v) => `${v.storageGb}:${v.priceCents}`)).size === storagesOf(f).length
  ) {
    const lines = storagesOf(f).map(
      (gb) => `${storageLabel(gb)}: **${dollars(f.variants.find((v) => v.storageGb === gb)!.priceCents)}**`,
    );
    return `The **${f.name}** costs the same in every colour:\n\n${bullets(lines)}`;
  }
  if (new Set(matching.map((v) => v.priceCents)).size === 1) {
    return `The **${f.name}**${colour ? ` in ${colour}` : ''} costs **${dollars(matching[0]!.priceCents)}**.`;
  }
  return `Prices for the **${f.name}**:\n\n${bullets(matching.map((v) => `${variantLabel(v)}: **${dollars(v.priceCents)}** (${stockNote(v.stock)})`))}`;
}

export function stockText(f: ProductFacts, colour?: string, storageGb?: number): string {
  const matching = f.variants.filter(
    (v) => (!colour || v.colour.toLowerCase() === colour.toLowerCase()) && (!storageGb || v.storageGb === storageGb),
  );
  // One variant: its price too ("and in black?" after a sold-out one is also "how much, then?").
  if (matching.length === 1)
    return `The **${f.name}** (${variantLabel(matching[0]!)}) costs **${dollars(matching[0]!.priceCents)}** and is ${stockNote(matching[0]!.stock)}.`;
  return `Stock of the **${f.name}**:\n\n${bullets(matching.map((v) => `${variantLabel(v)}: ${stockNote(v.stock)}`))}`;
}

/** What a product question asked, from the facts; an overview when it asked nothing in particular. */
/** Things shoppers expect in a box, and whether the box list names them. */
const BOX_ITEMS: Array<[asked: RegExp, listed: RegExp, name: string]> = [
  [/\b(charger|plug|power adapter|brick)\b/i, /\b(charger|adapter)\b/i, 'charger'],
  [/\b(case|cover)\b/i, /\bcase\b/i, 'case'],
  [/\b(earphones|headphones|earbuds|buds)\b/i, /\b(earphones|headphones|earbuds)\b/i, 'earphones'],
  [/\b(screen protector|glass)\b/i, /\b(screen protector|glass)\b/i, 'screen protector'],
  [/\b(screwdriver|tool)\b/i, /\bscrewdriver\b/i, 'screwdriver'],
];

/** "Does it come with a charger?": yes or no from the box list, before the list itself. */
function boxAnswer(f: ProductFacts, question: string): string | undefined {
  const contents = specValue(f, /^contents$/i);
  const item = BOX_ITEMS.find(([re]) => re.test(question));
  if (!contents || !item) return undefined;
  const [, listed, name] = item;
  return listed.test(contents)
    ? `Yes, the **${f.name}** comes with a ${name}: the box holds ${contents}.`
    : `No, there's no ${name} in the box of the **${f.name}**: it holds ${contents}.`;
}

export function describeProduct(
  f: ProductFacts,
  aspects: readonly Aspect[],
  colour?: string,
  storageGb?: number,
  question = '',
): string {
  const missing = missingOption(f, colour, storageGb);
  // "And the other one, how much is it?" after talk of a coral Go: the X has no coral, and here are its prices.
  const rest = aspects.filter((a) => a === 'price' || a === 'stock');
  if (missing)
    return rest.length ? `${missing}\n\n${describeProduct(f, rest, undefined, undefined, question)}` : missing;
  // "Does it come with a charger in the box?" asks about the box, not about charging.
  const named = aspects.includes('box') ? aspects.filter((a) => a !== 'charging') : aspects;
  const asked = named.length ? named : colour || storageGb ? (['price'] as Aspect[]) : [];
  if (!asked.length) return overview(f);
  const parts: string[] = [];
  for (const aspect of asked) {
    if (aspect === 'price') parts.push(priceText(f, colour, storageGb));
    else if (aspect === 'stock') parts.push(stockText(f, colour, storageGb));
    else if (aspect === 'colours') parts.push(`The **${f.name}** comes in ${listWords(coloursOf(f))}.`);
    else if (aspect === 'storage' && storagesOf(f).length && !storageGb)
      parts.push(
        `The **${f.name}** comes with ${listWords(storagesOf(f).map(storageLabel))}.\n\n${bullets(specLines(f, 'storage'))}\n\n${priceText(f, colour)}`,
      );
    else if (aspect === 'box' && boxAnswer(f, question)) parts.push(boxAnswer(f, question)!);
    else {
      const lines = specLines(f, aspect);
      if (lines.length) parts.push(`${aspectTitle(aspect)} of the **${f.name}**:\n\n${bullets(lines)}`);
    }
  }
  if (!parts.length) return overview(f);
  return `${[...new Set(parts)].join('\n\n')}\n\nMore on the ${productLink(f.name, f.slug)} page.`;
}

const aspectTitle = (a: Aspect) =>
  (
    ({
      camera: 'The cameras',
      battery: 'The battery',
      charging: 'Charging',
      water: 'Water resistance',
      screen: 'The screen',
      size: 'Size and weight',
      network: 'Connectivity',
      repair: 'Repairability',
      software: 'Software support',
      box: "What's in the box",
      performance: 'Performance',
      storage: 'Storage',
    }) as Partial<Record<Aspect, string>>
  )[a] ?? 'Details';

export function overview(f: ProductFacts): string {
  const key = f.specs
    .filter((s) =>
      /^(screen|main|battery|water resistance|durability|compatibility|fits|battery life|capacity)$/i.test(s.name),
    )
    .slice(0, 4);
  return [
    `**${f.name}**: ${f.tagline}`,
    bullets([
      `**Price:** ${priceRange(f)}`,
      `**Colours:** ${listWords(coloursOf(f))}`,
      ...(storagesOf(f).length ? [`**Storage:** ${listWords(storagesOf(f).map(storageLabel))}`] : []),
      ...key.map((s) => `**${s.name}:** ${s.value}`),
    ]),
    `See it on the ${productLink(f.name, f.slug)} page. Would you like me to add one to your cart?`,
  ].join('\n\n');
}
