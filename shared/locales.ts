/**
 * The shop's languages and how one is chosen for a shopper (docs/decisions/032-languages.md).
 * Zod-free and pure: the client, the server's page heads and its mail all use it.
 */
export const LOCALES = ['en', 'fr', 'de', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The `Intl` locale of each language: the shop is American, its other markets European. */
export const INTL_LOCALES: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR', de: 'de-DE', es: 'es-ES' };

/** Each language's own name, as the switcher lists it (a French reader looks for "Français"). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first language of an `Accept-Language` header that the shop speaks, by the q-values
 * (ties keep the header's order); a region or script falls back to its language (`fr-CA` → fr).
 * Undefined when none is spoken here, or the header is missing or malformed.
 */
export function fromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',')
    .slice(0, 20)
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p)).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0]!, q: q ? Number(q[1]) : 1, order };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranges.map((r) => r.language).find(isLocale);
}

export interface LocaleSources {
  /** `?lang=` on the page loaded (an explicit link, a crawler following hreflang). */
  query?: unknown;
  /** The signed-in account's choice. */
  account?: string | null;
  /** This browser's choice (the session's). */
  session?: string | null;
  acceptLanguage?: string;
}

/** The language a page starts in: explicit link, account, session, browser, then English. */
export function chooseLocale({ query, account, session, acceptLanguage }: LocaleSources): Locale {
  for (const choice of [query, account, session]) if (isLocale(choice)) return choice;
  return fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
