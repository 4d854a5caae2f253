import type express from 'express';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { chooseEncoding, type Encoding, ENCODINGS } from './content-encoding.js';

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * Serves the `.br` / `.gz` files the client build wrote beside each text asset
 * (scripts/precompress.ts) to clients that accept them (SPEC [HEAD6]). Files without a
 * compressed sibling, and clients that take neither coding, fall through to express.static.
 * Ranges are turned off for a compressed answer: a byte range of brotli output helps nobody.
 */
export function servePrecompressed(
  root: string,
  cache: { maxAge: number; immutable: boolean },
): express.RequestHandler {
  const variants = precompressedFiles(root);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const available = variants.get(req.path);
    if (!available) return next();
    res.vary('Accept-Encoding');
    const encoding = chooseEncoding(req.get('accept-encoding'), available);
    if (!encoding) return next();
    res.set('Content-Encoding', encoding);
    res.type(extname(req.path));
    res.sendFile(
      `${req.path.slice(1)}${SUFFIX[encoding]}`,
      { root, ...cache, acceptRanges: false, dotfiles: 'deny' },
      (err) => err && next(err),
    );
  };
}

/** URL path (as under root) → the codings it has on disk. Read once: a build replaces the whole directory. */
function precompressedFiles(root: string): Map<string, Encoding[]> {
  const found = new Map<string, Encoding[]>();
  if (!existsSync(root)) return found;
  const files = new Set(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name))),
  );
  for (const file of files) {
    if (file.startsWith('.') || ENCODINGS.some((e) => file.endsWith(SUFFIX[e]))) continue;
    const codings = ENCODINGS.filter((e) => files.has(file + SUFFIX[e]));
    if (codings.length) found.set(`/${file.split(sep).join('/')}`, codings);
  }
  return found;
}
