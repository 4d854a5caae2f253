import type { SavedReply } from '../../../../shared/saved-replies.js';

/**
 * The `/` that opens the saved replies in the reply box (docs/SPEC.md [SAVED4]): pure, so the
 * rules are tested without a browser. A `/` counts at the start of the text or after white space
 * (not in "and/or" or a link), up to the caret on the same line; the query is what follows it.
 */
export interface SlashTrigger {
  /** Where the `/` is. */
  start: number;
  /** The text between the `/` and the caret. */
  query: string;
}

/** Long enough for any title; past it the `/` was surely text ("see page 3/ 4 …"). */
export const SLASH_QUERY_MAX = 40;

export function slashTrigger(text: string, caret: number): SlashTrigger | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('/');
  if (start < 0) return null;
  if (start > 0 && !/\s/.test(before[start - 1]!)) return null;
  const query = before.slice(start + 1);
  if (query.length > SLASH_QUERY_MAX || query.includes('\n') || query.startsWith(' ')) return null;
  return { start, query };
}

/**
 * The replies a query finds: every word of it in the title or the body, case aside; those whose
 * title has the query first, then by title as listed.
 */
export function matchSavedReplies(replies: readonly SavedReply[], query: string): SavedReply[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = replies.filter((r) => {
    const hay = `${r.title}\n${r.body}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  const q = query.trim().toLowerCase();
  const inTitle = (r: SavedReply) => (q !== '' && r.title.toLowerCase().includes(q) ? 0 : 1);
  return found
    .map((r, i) => [r, i] as const)
    .sort((a, b) => inTitle(a[0]) - inTitle(b[0]) || a[1] - b[1])
    .map(([r]) => r);
}

/** The text with the `/query` replaced by `insert`, and where the caret goes (after it). */
export function replaceTrigger(text: string, trigger: SlashTrigger, insert: string): { text: string; caret: number } {
  const end = trigger.start + 1 + trigger.query.length;
  return { text: text.slice(0, trigger.start) + insert + text.slice(end), caret: trigger.start + insert.length };
}
