/**
 * Saved replies' variables and how a body is filled in (docs/SPEC.md [SAVED3]). Zod-free: the
 * client imports it.
 */
export const SAVED_REPLY_VARIABLES = [
  'shopper.firstName',
  'shopper.name',
  'order.number',
  'order.status',
  'agent.firstName',
] as const;
export type SavedReplyVariable = (typeof SAVED_REPLY_VARIABLES)[number];
/** What each variable stands for in one conversation; null when there is nothing (a guest has no name). */
export type SavedReplyValues = Record<SavedReplyVariable, string | null>;

/** `{{ name }}` where name is a dotted identifier; other braces are plain text. */
const VARIABLE = /\{\{\s*([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)\s*\}\}/g;

const isVariable = (name: string): name is SavedReplyVariable =>
  (SAVED_REPLY_VARIABLES as readonly string[]).includes(name);

/** The variables a body names that saved replies do not know, each once, in order. */
export function unknownVariables(body: string): string[] {
  const names = [...body.matchAll(VARIABLE)].map((m) => m[1]!);
  return [...new Set(names.filter((name) => !isVariable(name)))];
}

/**
 * A body with its variables filled in. A variable without a value stays as written, so staff see
 * it and fill it in by hand, and is named in `missing` (each once). One pass: a value that itself
 * looks like a variable is not filled again.
 */
export function fillSavedReply(
  body: string,
  values: Partial<SavedReplyValues>,
): { text: string; missing: SavedReplyVariable[] } {
  const missing = new Set<SavedReplyVariable>();
  const text = body.replace(VARIABLE, (whole, name: string) => {
    if (!isVariable(name)) return whole;
    const value = values[name];
    if (value === null || value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text, missing: [...missing] };
}
