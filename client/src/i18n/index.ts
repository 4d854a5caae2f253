import { createSignal } from 'solid-js';
import { en } from './en.js';

export type Messages = typeof en;
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

/** Dotted paths to every string (or plural set) in the dictionary, e.g. 'signin.submit'. */
type KeyPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | PluralForms ? `${P}${K}` : KeyPaths<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = KeyPaths<Messages>;
export type MessageParams = Record<string, string | number>;

const dictionaries = { en } as const;
export type Locale = keyof typeof dictionaries;
const INTL_LOCALES: Record<Locale, string> = { en: 'en-US' };

const [locale, setLocale] = createSignal<Locale>('en');
export { locale, setLocale };

function lookup(key: string): unknown {
  let node: unknown = dictionaries[locale()];
  for (const part of key.split('.')) {
    // Own keys only: keys built from what the server sent must not reach Object.prototype.
    node =
      node && typeof node === 'object' && Object.hasOwn(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return node;
}

function interpolate(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

function isPlural(value: unknown): value is PluralForms {
  return typeof value === 'object' && value !== null && 'other' in value;
}

/**
 * Translate a key. Plural entries pick their form from `params.count`. A missing key shows the
 * key itself, so a gap is visible instead of a blank.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  return tIfAny(key, params) ?? key;
}

/**
 * Translate a key made at run time (e.g. from an error code the server sent), or undefined when
 * the dictionary has no words for it, so the caller can fall back to more general words.
 */
export function tIfAny(key: string, params?: MessageParams): string | undefined {
  const entry = lookup(key);
  if (typeof entry === 'string') return interpolate(entry, params);
  if (isPlural(entry)) {
    const count = Number(params?.count ?? 0);
    const form = new Intl.PluralRules(intlLocale()).select(count) === 'one' ? entry.one : entry.other;
    return interpolate(form, params);
  }
  return undefined;
}

export function intlLocale(): string {
  return INTL_LOCALES[locale()];
}

export function formatPrice(cents: number, currency = 'USD'): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'currency', currency }).format(cents / 100);
}

/** The symbol a price input is prefixed with, e.g. "$". */
export function currencySymbol(currency = 'USD'): string {
  const parts = new Intl.NumberFormat(intlLocale(), { style: 'currency', currency }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

export function formatDate(value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(), options).format(date);
}

/**
 * A message split around one placeholder, for sentences that wrap a link or other markup:
 * `const [before, after] = tSplit('footer.help', 'email')`.
 */
export function tSplit(key: MessageKey, slot: string, params?: MessageParams): [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = t(key, { ...params, [slot]: marker }).split(marker);
  return [before, after];
}
