/**
 * Typo repair for the words that name products: "visoin x" → "vision x", "tera" → "terra".
 * Only distinctive product words are repaired, so ordinary words ("clean", "table", "found")
 * are never bent into product names.
 */
const PRODUCT_WORDS = [
  'vision',
  'visionx',
  'terra',
  'ultra',
  'everyday',
  'tempered',
  'protector',
  'headphones',
  'magnetic',
  'wireless',
  'braided',
  'accessories',
  'accessory',
];

/** Optimal string alignment distance (a swap of two neighbours counts once), stopping past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * Words already looked at, and what they became: training the classifier at a server's start reads
 * the corpus's thousands of "phone"s, and shoppers repeat the same words. Bounded, so
 * a stream of made-up words cannot grow it without end.
 */
const repaired = new Map<string, string>();
const REMEMBERED_WORDS = 50_000;

/** The product word a token is a typo of: one edit for words of 4–7 letters, two from 8. */
function repairWord(token: string): string {
  if (token.length < 4 || PRODUCT_WORDS.includes(token) || /\d/.test(token)) return token;
  const known = repaired.get(token);
  if (known !== undefined) return known;
  if (repaired.size >= REMEMBERED_WORDS) repaired.clear();
  const word = closestProductWord(token);
  repaired.set(token, word);
  return word;
}

function closestProductWord(token: string): string {
  const allowed = token.length >= 8 ? 2 : 1;
  let best: [string, number] | undefined;
  for (const word of PRODUCT_WORDS) {
    const d = editDistance(token, word, allowed);
    if (d <= allowed && (!best || d < best[1])) best = [word, d];
  }
  return best?.[0] ?? token;
}

/** `text` is already plain (lower case, single spaces). */
export const repairProductWords = (text: string) => text.replace(/[a-z]+/g, repairWord);
