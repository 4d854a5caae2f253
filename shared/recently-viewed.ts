/**
 * The shopper's recently viewed products ([PDP4]): slugs, newest first, no repeats, at most
 * RECENTLY_VIEWED_MAX. Pure; the client keeps the list per browser (localStorage).
 */
export const RECENTLY_VIEWED_MAX = 8;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The list after opening `slug`: it moves to the front; the oldest falls off. */
export function recordView(list: readonly string[], slug: string): string[] {
  return [slug, ...list.filter((s) => s !== slug)].slice(0, RECENTLY_VIEWED_MAX);
}

/** What to show beside `current` (or on the home page, without one): the others, newest first. */
export const othersThan = (list: readonly string[], current?: string): string[] => list.filter((s) => s !== current);

/** A stored list read back: anything that is not a list of slugs (another version, a hand edit) is an empty list. */
export function parseRecentlyViewed(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    const slugs = value.filter((s): s is string => typeof s === 'string' && s.length <= 80 && SLUG.test(s));
    return [...new Set(slugs)].slice(0, RECENTLY_VIEWED_MAX);
  } catch {
    return [];
  }
}
