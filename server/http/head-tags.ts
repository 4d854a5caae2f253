import { DEFAULT_LOCALE, INTL_LOCALES, LOCALES, type Locale } from '../../shared/locales.js';

/**
 * The tags the server writes into a page's <head> (SPEC §18): title, description, canonical URL,
 * the page in each language (hreflang, [LANG3]), OpenGraph and Twitter card, robots, JSON-LD. Pure: the route table (features/pages/page-routes.ts) decides
 * what a page says; this only writes it, escaping every word, since product names are data.
 */

export interface ShareImage {
  /** Path on this host, e.g. /images/share/vision-go.png?v=…; made absolute with PUBLIC_URL. */
  path: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageHead {
  status: 200 | 404;
  /** The full title, "<page> · VisionX". */
  title: string;
  description: string;
  /** The canonical path (with a query only where it names a different page, as /shop?category=phones). */
  path: string;
  /** False for pages a search engine should not list: search results, cart, account, errors. */
  index: boolean;
  type: 'website' | 'product';
  image: ShareImage;
  /** schema.org objects, each written as one application/ld+json script. */
  jsonLd: object[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * JSON inside a <script> element: `<` is written \u003c so no `</script>` or `<!--` in the data
 * can end the element; U+2028/2029 likewise, for old parsers that end a line there.
 */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;

/** OpenGraph's spelling of a language: fr_FR. */
const ogLocale = (locale: Locale) => INTL_LOCALES[locale].replace('-', '_');

/** The page in each language: the `?lang=` forms, and the bare URL for everyone else (ADR 032). */
const alternate = (hreflang: string, href: string) =>
  `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(href)}" />`;

export function headTags(head: PageHead, publicUrl: string, locale: Locale = DEFAULT_LOCALE): string {
  const url = publicUrl + head.path;
  const image = publicUrl + head.image.path;
  const withLang = (lang: Locale) => `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    ...LOCALES.map((lang) => alternate(lang, withLang(lang))),
    alternate('x-default', url),
    ...(head.index ? [] : [meta('name', 'robots', 'noindex')]),
    meta('property', 'og:site_name', 'VisionX'),
    meta('property', 'og:locale', ogLocale(locale)),
    ...LOCALES.filter((lang) => lang !== locale).map((lang) => meta('property', 'og:locale:alternate', ogLocale(lang))),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', String(head.image.width)),
    meta('property', 'og:image:height', String(head.image.height)),
    meta('property', 'og:image:alt', head.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', head.image.alt),
    ...head.jsonLd.map((data) => `<script type="application/ld+json">${scriptJson(data)}</script>`),
  ].join('\n    ');
}

/**
 * index.html without its own <title> and description, split where a page's tags go. Done once
 * per start; a template without a </head> is a broken build and stops the start.
 */
export function splitTemplate(indexHtml: string): (tags: string, lang?: string) => string {
  const bare = indexHtml.replace(/\s*<title>[^<]*<\/title>/, '').replace(/\s*<meta name="description"[^>]*>/, '');
  const at = bare.indexOf('</head>');
  if (at < 0) throw new Error('client/dist/index.html has no </head>');
  const [before, after] = [bare.slice(0, at), bare.slice(at)];
  // The page's language ([LANG1]); `lang` is one of the shop's codes, never the request's text.
  return (tags, lang = 'en') => `${before.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)}  ${tags}\n  ${after}`;
}
