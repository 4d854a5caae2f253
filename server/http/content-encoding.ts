/**
 * Content negotiation for compressed responses (SPEC [HEAD6]): brotli when the client accepts it,
 * gzip next, the bytes as they are otherwise. RFC 9110 §12.5.3: a coding with q=0 is refused;
 * `*` stands for every coding not named; a missing header means any coding is fine, but
 * clients that send none are mostly scripts and old proxies, so they get identity.
 */
export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Coding name → its q-value, as the client wrote them. */
function parseAcceptEncoding(header: string): Map<string, number> {
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=(.*)$/.exec(p)?.[1]?.trim()).find((v) => v !== undefined);
    // An unreadable q-value is no consent.
    const value = q === undefined ? 1 : /^[01](?:\.\d{0,3})?$/.test(q) ? Number(q) : 0;
    accepted.set(name.trim() === 'x-gzip' ? 'gzip' : name.trim(), value);
  }
  return accepted;
}

/** The coding to send, among those available, or null for the bytes as they are. */
export function chooseEncoding(header: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!header) return null;
  const accepted = parseAcceptEncoding(header);
  const q = (coding: Encoding) => accepted.get(coding) ?? accepted.get('*') ?? 0;
  // Our preference (smaller first) decides, not the client's q-order: browsers send br and gzip alike at q=1.
  return ENCODINGS.find((coding) => available.includes(coding) && q(coding) > 0) ?? null;
}

/** File extensions worth compressing: text. PNG, WOFF2 and the like are compressed already. */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|xml|map|webmanifest)$/i;
