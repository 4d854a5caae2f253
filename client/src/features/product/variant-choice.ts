import type { SpecRow, Variant } from '../../../../shared/catalog.js';

/** What the shopper picked: a colour key and, for products sold in sizes, a storage size. */
export interface Choice {
  colour: string;
  storageGb: number | null;
}

/** Can this option be bought: yes, not right now, or the combination is not made at all. */
export type Availability = 'available' | 'sold-out' | 'missing';

type Variants = readonly Variant[];

export function storageSizes(variants: Variants): number[] {
  const sizes = new Set(variants.flatMap((v) => (v.storageGb === null ? [] : [v.storageGb])));
  return [...sizes].sort((a, b) => a - b);
}

export function findVariant(variants: Variants, choice: Choice): Variant | undefined {
  return variants.find((v) => v.colour === choice.colour && v.storageGb === choice.storageGb);
}

const cheapest = (vs: Variants): Variant | undefined =>
  vs.reduce<Variant | undefined>(
    (best, v) => (best === undefined || v.priceCents < best.priceCents ? v : best),
    undefined,
  );
const inStock = (vs: Variants) => vs.filter((v) => v.stock > 0);

export function colourAvailability(variants: Variants, colour: string): Availability {
  const ofColour = variants.filter((v) => v.colour === colour);
  if (!ofColour.length) return 'missing';
  return inStock(ofColour).length ? 'available' : 'sold-out';
}

export function storageAvailability(variants: Variants, colour: string, storageGb: number): Availability {
  const variant = findVariant(variants, { colour, storageGb });
  if (!variant) return 'missing';
  return variant.stock > 0 ? 'available' : 'sold-out';
}

/** The best of `vs`: the cheapest in stock, else the cheapest. */
const best = (vs: Variants) => cheapest(inStock(vs)) ?? cheapest(vs);
const choiceOf = (v: Variant): Choice => ({ colour: v.colour, storageGb: v.storageGb });

/**
 * Switching colour keeps the storage size when that colour has it in stock; otherwise it
 * takes that colour's cheapest variant in stock (or its cheapest at all).
 */
export function chooseColour(variants: Variants, current: Choice, colour: string): Choice | null {
  const ofColour = variants.filter((v) => v.colour === colour);
  const same = ofColour.find((v) => v.storageGb === current.storageGb && v.stock > 0);
  const pick = same ?? best(ofColour);
  return pick ? choiceOf(pick) : null;
}

/**
 * The choice a product page opens with: the one the URL names (?colour=…&storage=…) when the
 * product has it, else the cheapest variant in stock, else the cheapest. Null without variants.
 */
export function initialChoice(
  variants: Variants,
  wanted: { colour?: string | undefined; storage?: string | undefined },
): Choice | null {
  const storageGb = wanted.storage !== undefined && /^\d{1,5}$/.test(wanted.storage) ? Number(wanted.storage) : null;
  const ofColour = variants.filter((v) => v.colour === wanted.colour);
  const exact = ofColour.find((v) => v.storageGb === storageGb);
  if (exact) return choiceOf(exact);
  const pick = best(ofColour) ?? best(variants.filter((v) => v.storageGb === storageGb)) ?? best(variants);
  return pick ? choiceOf(pick) : null;
}

export interface SpecGroup {
  name: string;
  rows: SpecRow[];
}

/** Specs by group, groups in the order they first appear. */
export function groupSpecs(specs: readonly SpecRow[]): SpecGroup[] {
  const groups = new Map<string, SpecRow[]>();
  for (const row of specs) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  return [...groups].map(([name, rows]) => ({ name, rows }));
}
