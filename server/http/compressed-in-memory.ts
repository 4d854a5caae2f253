import type express from 'express';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chooseEncoding, COMPRESSIBLE, type Encoding } from './content-encoding.js';

interface Compressed {
  etag: string;
  bytes: Record<Encoding, Buffer>;
}

/**
 * Text files that are not built (the product drawings in data/images) compressed on their first
 * request and kept in memory (SPEC [HEAD6]): they are few and small (tens of SVGs of a few kB),
 * and their URLs carry a content hash, so a file never changes under a running server.
 * Clients that take neither coding, and files that are not text, fall through to express.static.
 */
export function serveCompressedInMemory(
  root: string,
  cache: { maxAge: number; immutable: boolean },
): express.RequestHandler {
  const known = textFiles(root);
  const compressed = new Map<string, Compressed>();
  const cacheControl = `public, max-age=${Math.floor(cache.maxAge / 1000)}${cache.immutable ? ', immutable' : ''}`;
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = known.get(req.path);
    if (!file) return next();
    res.vary('Accept-Encoding');
    const encoding = chooseEncoding(req.get('accept-encoding'), ['br', 'gzip']);
    if (!encoding) return next();
    let entry = compressed.get(file);
    if (!entry) {
      entry = compress(readFileSync(file));
      compressed.set(file, entry);
    }
    const etag = `"${entry.etag}-${encoding}"`;
    res.set({ 'Cache-Control': cacheControl, ETag: etag, 'Content-Encoding': encoding });
    res.type(extname(file));
    if (req.get('if-none-match') === etag) return void res.status(304).end();
    const body = entry.bytes[encoding];
    res.set('Content-Length', String(body.length));
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

function compress(original: Buffer): Compressed {
  return {
    etag: createHash('sha256').update(original).digest('base64url').slice(0, 16),
    bytes: {
      br: brotliCompressSync(original, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(original, { level: 9 }),
    },
  };
}

/** URL path → file, for the compressible files under root (no dotfiles). */
function textFiles(root: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(root)) return found;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    const path = relative(root, file).split(sep);
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name) || path.some((p) => p.startsWith('.'))) continue;
    found.set(`/${path.join('/')}`, file);
  }
  return found;
}
