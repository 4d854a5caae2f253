import { searchWordsOf, type SnippetSegment } from '../../../shared/desk-search.js';

/**
 * The desk search's pure rules: what a query searches and how a snippet is marked. No user text
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
  // A one-letter prefix would walk the whole vocabulary (the index keeps prefixes of 2 and 3): exact then.
  const prefix = (w: string, i: number) => (i === words.length - 1 && [...w].length >= 2 ? '*' : '');
  return words.map((w, i) => `"${w.replaceAll('"', '""')}"${prefix(w, i)}`).join(' ');
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

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Words either side of the first match a snippet keeps. */
const BEFORE = 6;
const SNIPPET_WORDS = 24;

/**
 * The part of a message around its first match, as segments: the words the query matched marked
 * (each query word whole, the last as a prefix, as the index matched them), the rest plain text.
 * Tokens are split and folded as the index does (searchWordsOf), so what is marked is what matched.
 */
export function snippetSegments(content: string, words: readonly string[]): SnippetSegment[] {
  const last = words.at(-1) ?? '';
  const whole = new Set(words.slice(0, -1));
  const tokens = [...content.matchAll(TOKEN)].map((m) => {
    const folded = searchWordsOf(m[0]).join('');
    return { start: m.index, end: m.index + m[0].length, match: whole.has(folded) || folded.startsWith(last) };
  });
  const first = Math.max(
    0,
    tokens.findIndex((t) => t.match),
  );
  const from = Math.max(0, first - BEFORE);
  const to = Math.min(tokens.length, from + SNIPPET_WORDS);
  const start = from === 0 ? 0 : tokens[from]!.start;
  const end = to === tokens.length ? content.length : tokens[to - 1]!.end;
  const out: SnippetSegment[] = [];
  const push = (text: string, match: boolean) => {
    const flat = text.replace(/\s+/g, ' ');
    if (!flat) return;
    const prev = out.at(-1);
    if (prev && prev.match === match) prev.text += flat;
    else out.push({ text: flat, match });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const t of tokens.slice(from, to)) {
    if (!t.match) continue;
    push(content.slice(at, t.start), false);
    push(content.slice(t.start, t.end), true);
    at = t.end;
  }
  push(content.slice(at, end), false);
  if (end < content.length) push('…', false);
  return out;
}
