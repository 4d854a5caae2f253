import { createSignal } from 'solid-js';
import { DEFAULT_LOCALE, INTL_LOCALES, isLocale, type Locale } from '../../../shared/locales.js';
import { en } from './en.js';

export type Messages = typeof en;
export type { Locale };
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

/**
 * English is in the main bundle; each other language is its own chunk, loaded when it is chosen
 * (docs/decisions/032-languages.md). [I18N1] holds every one to the English keys and variables.
 */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<object>> = {
  fr: () => import('./fr.js').then((m) => m.fr),
  de: () => import('./de.js').then((m) => m.de),
  es: () => import('./es.js').then((m) => m.es),
};
const loaded: Partial<Record<Locale, object>> = { en };

const [locale, setLocaleNow] = createSignal<Locale>(DEFAULT_LOCALE);
export { locale };

/**
 * Switch every text of the page to `next` once its words are loaded (a language never shows
 * half-loaded), and say so to assistive technology and the browser through `<html lang>`.
 */
export async function setLocale(next: Locale): Promise<void> {
  if (!loaded[next]) loaded[next] = await loaders[next as Exclude<Locale, 'en'>]();
  setLocaleNow(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** The language the server chose for this page (`<html lang>`, [LANG1]), or English. */
export function startingLocale(): Locale {
  const lang = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

function lookupIn(dictionary: object | undefined, key: string): unknown {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    // Own keys only: keys built from what the server sent must not reach Object.prototype.
    node =
      node && typeof node === 'object' && Object.hasOwn(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return node;
}

/** The chosen language's words; English where a translation has none (the dictionary test keeps that empty). */
function lookup(key: string): unknown {
  return lookupIn(loaded[locale()], key) ?? lookupIn(en, key);
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
