import type express from 'express';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DEFAULT_LOCALE, type Locale } from '../../shared/locales.js';
import { chooseEncoding } from './content-encoding.js';
import { headTags, splitTemplate } from './head-tags.js';
import type { PageHead } from './head-tags.js';

/**
 * What each client route says in its <head>: the route table lives with the features it reads
 * (features/pages/page-routes.ts), handed in by app.ts, so this layer imports no feature.
 */
export interface PageHeads {
  publicUrl: string;
  /** The page's head in `locale` ([LANG3]). */
  resolve(url: URL, locale: Locale): PageHead;
  notFound(path: string, locale: Locale): PageHead;
}

/**
 * Client routes answered with the built index.html and the page's own <head> (SPEC §18), read
 * once at start: a deploy restarts the server. The HTML is never cached (a deploy must be
 * seen at once) and is compressed per response: about 3.5 kB, which brotli at quality 5 packs in
 * under a millisecond (docs/PERFORMANCE.md, transfer), while quality 11 (~15 ms) is for the build.
 */
export function createPageResponder(indexFile: string, heads: PageHeads) {
  const withHead = splitTemplate(readFileSync(indexFile, 'utf8'));
  return (req: express.Request, res: express.Response, cacheControl = 'no-cache', locale: Locale = DEFAULT_LOCALE) => {
    const head = headFor(req.originalUrl, heads, locale);
    const html = Buffer.from(withHead(headTags(head, heads.publicUrl, locale), locale));
    res.status(head.status).set({
      'Cache-Control': cacheControl,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': locale,
    });
    // The language depends on the cookie's session and the browser's languages (ADR 032).
    res.vary('Accept-Encoding').vary('Accept-Language').vary('Cookie');
    const encoding = chooseEncoding(req.get('accept-encoding'), ['br', 'gzip']);
    const body =
      encoding === 'br'
        ? brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : encoding === 'gzip'
          ? gzipSync(html, { level: 6 })
          : html;
    if (encoding) res.set('Content-Encoding', encoding);
    res.set('Content-Length', String(body.length));
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/**
 * The request target is a path, never a URL of its own: `//evil.com/x` is the path `//evil.com/x`
 * on this host (a base URL would read it as another host), and one that cannot be read is the
 * not-found page, not an error.
 */
function headFor(target: string, heads: PageHeads, locale: Locale) {
  let url: URL;
  try {
    url = new URL(`http://localhost${target.startsWith('/') ? target : `/${target}`}`);
  } catch {
    return heads.notFound('/', locale);
  }
  return heads.resolve(url, locale);
}
