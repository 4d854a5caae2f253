import type { FeatureId } from '../../nlu/words.js';
import { specValue } from './product-text.js';
import type { ProductFacts } from './reply-context.js';

/** A product's spec rows: the search's feature rows or the full facts. */
type Specs = Pick<ProductFacts, 'specs'>;

/**
 * Features a shopper can require of a phone ("a proper optical zoom", "mmWave", "a headphone
 * jack"), each read from the tool's spec rows, so a recommendation filters on what the catalog
 * says rather than on the words of a tagline.
 */
export interface Feature {
  id: FeatureId;
  /** How the answer names it: "an optical zoom lens". */
  label: string;
  has: (f: Specs) => boolean;
  /** The spec row that shows it. */
  row: RegExp;
}

const rowSays = (name: RegExp, says: RegExp) => (f: Specs) => says.test(specValue(f, name) ?? '');

export const FEATURES: readonly Feature[] = [
  {
    id: 'telephoto',
    label: 'an optical zoom lens',
    has: (f) => specValue(f, /^telephoto$/i) !== undefined,
    row: /^telephoto$/i,
  },
  { id: 'mmwave', label: 'mmWave 5G', has: rowSays(/^network$/i, /mmwave/i), row: /^network$/i },
  { id: 'fiveg', label: '5G', has: rowSays(/^network$/i, /\b5G\b/), row: /^network$/i },
  { id: 'esim', label: 'eSIM', has: rowSays(/^network$/i, /esim/i), row: /^network$/i },
  {
    id: 'wireless',
    label: 'wireless charging',
    has: (f) =>
      /wireless/i.test(specValue(f, /^charging$/i) ?? '') || /^\d/.test(specValue(f, /^wireless charging$/i) ?? ''),
    row: /charging$/i,
  },
  { id: 'jack', label: 'a headphone jack', has: rowSays(/^port$/i, /3\.5 mm/i), row: /^port$/i },
  { id: 'microsd', label: 'a memory card slot', has: rowSays(/^storage$/i, /microsd/i), row: /^storage$/i },
];

export const featuresOf = (ids: readonly FeatureId[]) => FEATURES.filter((f) => ids.includes(f.id));

/** Figures ranks read from the full facts: the most RAM, the most years of security updates. */
export const FACT_FIGURES = {
  performance: (f: Specs) => Number(/(\d+)\s?GB/.exec(specValue(f, /^ram$/i) ?? '')?.[1] ?? 0),
  software: (f: Specs) => Number(/(\d+) years? of security/.exec(specValue(f, /^software support$/i) ?? '')?.[1] ?? 0),
  charging: (f: Specs) =>
    Number(/(\d+)\s?W\b/.exec(specValue(f, /^wired charging$/i) ?? specValue(f, /^charging$/i) ?? '')?.[1] ?? 0),
} as const;
