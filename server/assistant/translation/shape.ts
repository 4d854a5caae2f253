import type { Locale } from '../../../shared/locales.js';

/**
 * A sentence of the engine's English with what never translates taken out: prices, numbers,
 * dates, order numbers, link targets and the catalog's own names (products, colours: the shop's
 * data is English in every language, as the storefront shows it). What is left is a template
 * ("The {1} costs {2}.") a translator renders once for every product and price.
 */
export interface Shape {
  template: string;
  slots: Slot[];
}

export interface Slot {
  kind: 'money' | 'number' | 'date' | 'verbatim';
  text: string;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

const PATTERNS: Array<[Slot['kind'], string]> = [
  ['verbatim', String.raw`(?<=\]\()[^)\s]+(?=\))`],
  ['verbatim', String.raw`\bVX-[A-Z0-9]+(?:-[A-Z0-9]+)*\b`],
  ['money', String.raw`\$\d[\d,]*(?:\.\d+)?`],
  ['date', String.raw`\b\d{1,2} (?:${MONTHS}) \d{4}\b`],
  // A number as a whole: "4.3x" and "v1.2" stay words of the template, never "{1}.3x".
  ['number', String.raw`(?<![\w.,-])\d+(?:[.,]\d+)*(?![\w]|[.,]\d)`],
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The masks for a catalog's names, longest first so "Vision X Pro" never eats "Vision X Pro Max". */
export function shapeMatcher(names: readonly string[]): RegExp {
  const byLength = [...new Set(names.filter((n) => n.trim()))].sort((a, b) => b.length - a.length);
  const alternatives = [
    ...PATTERNS.map(([kind, source]) => `(?<${kind}${alternativesOf(kind)}>${source})`),
    byLength.length ? `(?<verbatimName>(?<![\\w])(?:${byLength.map(escapeRegExp).join('|')})(?![\\w]))` : undefined,
  ].filter(Boolean);
  return new RegExp(alternatives.join('|'), 'g');
}

let groupCounter = 0;
const alternativesOf = (_kind: string) => `_${groupCounter++}`;

const kindOf = (groups: Record<string, string | undefined>): Slot['kind'] => {
  const name = Object.keys(groups).find((k) => groups[k] !== undefined)!;
  return name === 'verbatimName' ? 'verbatim' : (name.replace(/_\d+$/, '') as Slot['kind']);
};

/** "The Vision Go costs $399.00." → `The {1} costs {2}.` with the name and the price as slots. */
export function shapeOf(sentence: string, matcher: RegExp): Shape {
  const slots: Slot[] = [];
  const template = sentence.replace(matcher, (...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    slots.push({ kind: kindOf(groups), text: args[0] as string });
    return `{${slots.length}}`;
  });
  return { template: template.replace(/\s+/g, ' ').trim(), slots };
}

const LOCALE_TAGS: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR', de: 'de-DE', es: 'es-ES' };

/** "1,234.5" (the engine's English) → 1234.5 and its decimals; a plain integer stays as written. */
function number(text: string, locale: Locale): string {
  if (!/[.,]/.test(text)) return text;
  const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(value)) return text;
  return value.toLocaleString(LOCALE_TAGS[locale], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** A slot written for the locale: prices in US dollars in its format, dates in its words, names by `word`. */
export function slotText(slot: Slot, locale: Locale, word: (english: string) => string = (w) => w): string {
  const tag = LOCALE_TAGS[locale];
  if (slot.kind === 'money') {
    const value = Number(slot.text.replace(/[$,]/g, ''));
    const cents = /\.\d+$/.test(slot.text);
    return value.toLocaleString(tag, {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    });
  }
  if (slot.kind === 'number') return number(slot.text, locale);
  if (slot.kind === 'date') {
    const at = Date.parse(`${slot.text} UTC`);
    return Number.isNaN(at)
      ? slot.text
      : new Date(at).toLocaleDateString(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return word(slot.text);
}

/** A translated template with the sentence's slots put back, each in the locale's format. */
export function fillShape(
  template: string,
  slots: readonly Slot[],
  locale: Locale,
  word?: (english: string) => string,
): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => {
    const slot = slots[Number(n) - 1];
    return slot ? slotText(slot, locale, word) : whole;
  });
}
