/**
 * Text rules shared by the search index and the queries, so both sides agree on words:
 * "5,000mAh" and "5000 mAh" both become `5000 mah`; "USB-C" becomes `usb c`.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1') // thousands separators
    .replace(/(\d)(?=[a-z])|([a-z])(?=\d)/g, '$1$2 ') // "5000mah" → "5000 mah", "x2" → "x 2"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const wordsOf = (text: string): string[] => normaliseText(text).split(' ').filter(Boolean);

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many edits a word of this length may need: none for short words, where a typo is a different word. */
export const typoBudget = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/**
 * The indexed term a query word most likely meant: itself when indexed, else the closest term
 * within the word's typo budget (ties go to the more common term), else null.
 */
export function correctWord(word: string, vocabulary: ReadonlyMap<string, number>): string | null {
  if (vocabulary.has(word)) return word;
  const budget = typoBudget(word);
  let best: { term: string; distance: number; count: number } | null = null;
  for (const [term, count] of vocabulary) {
    const distance = editDistance(word, term, budget);
    if (distance > budget) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count))
      best = { term, distance, count };
  }
  return best?.term ?? null;
}
