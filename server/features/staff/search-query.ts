import { searchWordsOf, type SnippetSegment } from '../../../shared/desk-search.js';

/**
 * The desk search's pure rules: what a query searches and how a page is marked. No user text
 * reaches SQL except as a bound value, and no user text reaches MATCH except as quoted terms.
 */

/**
 * The FTS5 query for the words: each a quoted term (so `AND`, `NEAR`, `*`, `"` or `:` in the text
 * are words, never syntax), all required, the last one a prefix (a word still being typed).
 * The words are letters and digits only (searchWordsOf), so the quotes cannot be closed early;
 * doubling any `"` keeps that true if the rule for words ever changes.
 */
export function ftsQueryOf(q: string): string {
  const words = searchWordsOf(q);
  return words.map((w, i) => `"${w.replaceAll('"', '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

const ORDER_QUERY = /^VX-([2-9A-HJ-NP-Z]{4,8})$/;

/** An order number, whole (`VX-7KQ2M9PA`, any case) or its first 4–7 characters after `VX-`. */
export function orderQueryOf(q: string): { exact: string } | { prefix: string } | null {
  const number = q.trim().toUpperCase();
  const m = ORDER_QUERY.exec(number);
  if (!m) return null;
  return m[1]!.length === 8 ? { exact: number } : { prefix: number };
}

/** A LIKE pattern for "contains the query", with LIKE's own wildcards taken literally (ESCAPE '\'). */
export const containsPattern = (q: string) => `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Where a page ends. Pages follow one snapshot of the messages: `hwm` is the newest message id
 * when the first page was read, `key` the last hit's sort key (see staff-search.ts).
 */
export interface SearchCursor {
  hwm: number;
  key: number;
}

export const encodeCursor = (c: SearchCursor) => `${c.hwm.toString(36)}.${c.key.toString(36)}`;

/** The schema checked the shape; null for numbers no page could have made (the caller refuses it). */
export function decodeCursor(text: string): SearchCursor | null {
  const [hwm, key] = text.split('.').map((p) => Number.parseInt(p, 36));
  if (!Number.isSafeInteger(hwm) || !Number.isSafeInteger(key) || hwm! < 0 || key! < 0) return null;
  return { hwm: hwm!, key: key! };
}

/** Marks FTS5's snippet() puts around a match: private-use characters no keyboard types. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

/**
 * A marked snippet as segments. A message that itself holds a mark character cannot be split
 * safely: it comes back as one unmarked segment, the marks dropped (text stays text).
 */
export function segmentsOf(marked: string): SnippetSegment[] {
  const pieces = marked.split(/(\uE000[^\uE000\uE001]*\uE001)/u).filter(Boolean);
  const segments = pieces.map((p) =>
    p.startsWith(MARK_OPEN) && p.endsWith(MARK_CLOSE)
      ? { text: p.slice(1, -1), match: true }
      : { text: p, match: false },
  );
  if (segments.some((s) => s.text.includes(MARK_OPEN) || s.text.includes(MARK_CLOSE)))
    return [{ text: marked.replace(/[\uE000\uE001]/gu, ''), match: false }];
  return mergeAdjacent(segments);
}

/** "iph" + "one" marked separately next to each other read as one mark. */
function mergeAdjacent(segments: SnippetSegment[]): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.match === s.match) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
