import express, { type Express } from 'express';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import { route } from './middleware.js';
import { serveCompressedInMemory } from './compressed-in-memory.js';
import { createPageResponder, type PageHeads } from './page-head.js';
import { servePrecompressed } from './precompressed.js';
import type { Locale } from '../../shared/locales.js';

type PageResponder = (req: express.Request, res: express.Response, cacheControl?: string) => Promise<void>;

/** The session a request carries, if any (the auth feature reads it from the cookie: features/auth/auth.http.ts). */
export type ReadSession = (req: express.Request) => Promise<{ role: string } | null>;
/** The language a page starts in ([LANG1]; the locale feature reads the session's and account's choice). */
export type PageLocale = (req: express.Request) => Promise<Locale>;

const YEAR = 365 * 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/**
 * The built client. Hashed assets are immutable for a year; the HTML is revalidated so a deploy
 * is seen at once, and carries each route's own <head> (page-head.ts). Text files go out
 * brotli- or gzip-compressed as the client accepts (precompressed.ts). Any other GET outside
 * /api and /socket.io is a client route.
 */
export function serveClient(
  app: Express,
  readSession: ReadSession,
  clientDir: string,
  heads: PageHeads,
  localeOf: PageLocale,
): void {
  const respond = createPageResponder(join(clientDir, 'index.html'), heads);
  const page: PageResponder = async (req, res, cacheControl) => respond(req, res, cacheControl, await localeOf(req));
  // Before the static files too, so nothing under client/dist can answer /staff around the check.
  app.get('/staff{/*rest}', guardStaffConsole(readSession, page));
  const assets = join(clientDir, 'assets');
  app.use(
    '/assets',
    servePrecompressed(assets, { maxAge: YEAR, immutable: true }),
    express.static(assets, { immutable: true, maxAge: YEAR, index: false, fallthrough: false }),
    fileNotThere,
  );
  app.use(servePrecompressed(clientDir, { maxAge: HOUR, immutable: false }));
  app.use(express.static(clientDir, { index: false, maxAge: HOUR }));
  app.get('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/') || req.path.startsWith('/socket.io')) return next(new AppError('not_found'));
    // serve-static lets a traversal attempt fall through to here; it is no client route.
    if (climbsUp(req.params.splat ?? [])) return next(new AppError('not_found'));
    page(req, res).catch(next);
  });
}

/**
 * /staff and below: the app only for a live staff session. This is a courtesy at the door, not
 * the protection: the same index.html and lazy chunks serve every route, and navigation inside
 * the app never comes back here. What protects the console's data is the role check on every
 * staff socket event (server/socket/handler.ts). Everyone else is sent to
 * sign in with `next` back here. A signed-in shopper gets the same redirect rather than a 403:
 * the answer that helps them is "sign in with a staff account", and it tells a shopper nothing
 * about the console that a guest would not learn. The answer depends on the cookie, so no cache keeps it.
 */
function guardStaffConsole(readSession: ReadSession, page: PageResponder): express.RequestHandler {
  return route(async (req, res) => {
    const session = await readSession(req);
    res.set('Cache-Control', 'no-store');
    if (session?.role === 'staff') return page(req, res, 'no-store');
    res.redirect(302, `/signin?next=${encodeURIComponent(req.originalUrl)}`);
  });
}

/** Product images. Their URLs carry a content hash (`?v=`), so a year of caching is safe. */
export function serveImages(app: Express, imagesDir: string): void {
  app.use(
    '/images',
    serveCompressedInMemory(imagesDir, { maxAge: YEAR, immutable: true }),
    express.static(imagesDir, { immutable: true, maxAge: YEAR, index: false, fallthrough: false, dotfiles: 'deny' }),
    fileNotThere,
  );
}

/**
 * serve-static's misses (404) and refusals (403: a path climbing out of its root, a dotfile) are
 * both "no such file" to the client: saying which would tell a prober what exists.
 */
const fileNotThere: express.ErrorRequestHandler = (err, _req, _res, next) => {
  const status = (err as { status?: unknown } | null)?.status;
  next(status === 403 || status === 404 ? new AppError('not_found', 'no_such_file') : err);
};

/** Decoded path segments with a `..` in them (`%2f` and `\\` decode inside one segment). */
const climbsUp = (segments: string[]) => segments.some((s) => s.split(/[\\/]/).includes('..'));
