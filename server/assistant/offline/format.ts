/** Text helpers for answers in the client's Markdown subset (paragraphs, **bold**, lists, site links). */

/** 59900 → "$599.00". */
export const dollars = (cents: number) =>
  `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export const storageLabel = (gb: number) => (gb >= 1024 && gb % 1024 === 0 ? `${gb / 1024} TB` : `${gb} GB`);

/** "a, b and c" (or "a, b or c"). */
export function listWords(words: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words.at(-1)}`;
}

export const bullets = (lines: readonly string[]) => lines.map((l) => `- ${l}`).join('\n');

export const productLink = (name: string, slug: string) => `[${name}](/products/${slug})`;

/** Paragraphs joined by blank lines, empty ones dropped. */
export const paragraphs = (...parts: Array<string | undefined | false>) =>
  parts.filter((p): p is string => !!p && p.trim() !== '').join('\n\n');

/** "placed" → "Placed". */
export const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** An ISO or epoch date as "12 March 2026". */
export function dateLabel(at: string | number): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime())
    ? String(at)
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
