/**
 * What a translation must keep of the English dictionary (issue 17): every key, no key of its
 * own, the same plural sets, and in every string the same `{variables}`. Policies keep their
 * sections (same ids, in order) and the shape of every block (a table keeps its columns and rows).
 * Pure: the test runs it over every dictionary in client/src/i18n (dictionaries.test.ts).
 */

/** `{name}` placeholders of a message, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every difference of `other` from `english`, as `path: what`; none when the translation is whole. */
export function parityProblems(english: unknown, other: unknown, path = ''): string[] {
  const at = path || '(root)';
  if (typeof english === 'string') {
    if (typeof other !== 'string') return [`${at}: a string in English, ${kindOf(other)} here`];
    if (other.trim() === '' && english.trim() !== '') return [`${at}: empty`];
    const want = placeholders(english).join(', ');
    const got = placeholders(other).join(', ');
    return want === got ? [] : [`${at}: variables {${want}} in English, {${got}} here`];
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(other)) return [`${at}: a list in English, ${kindOf(other)} here`];
    if (other.length !== english.length) return [`${at}: ${english.length} items in English, ${other.length} here`];
    return english.flatMap((item, i) => parityProblems(item, other[i], `${path}[${i}]`));
  }
  if (isObject(english)) {
    if (!isObject(other)) return [`${at}: an object in English, ${kindOf(other)} here`];
    const missing = Object.keys(english)
      .filter((k) => !Object.hasOwn(other, k))
      .map((k) => `${join(path, k)}: missing`);
    const extra = Object.keys(other)
      .filter((k) => !Object.hasOwn(english, k))
      .map((k) => `${join(path, k)}: not in English`);
    const inner = Object.keys(english)
      .filter((k) => Object.hasOwn(other, k))
      .flatMap((k) =>
        isKeptAsIs(k, english[k]) && english[k] !== other[k]
          ? [`${join(path, k)}: ${JSON.stringify(english[k])} in English, ${JSON.stringify(other[k])} here`]
          : parityProblems(english[k], other[k], join(path, k)),
      );
    return [...missing, ...extra, ...inner];
  }
  // Numbers, booleans, ids: kept as they are.
  return english === other ? [] : [`${at}: ${JSON.stringify(english)} in English, ${JSON.stringify(other)} here`];
}

/**
 * Not words: a policy section's anchor and a policy's date stay as in English. Only such values
 * (no spaces); a message that happens to sit under such a key ("Last updated {date}") is words.
 */
const KEPT_AS_IS = new Set(['id', 'updated']);
const isKeptAsIs = (key: string, english: unknown) =>
  KEPT_AS_IS.has(key) && !(typeof english === 'string' && /\s/.test(english));
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const kindOf = (v: unknown) => (Array.isArray(v) ? 'a list' : v === undefined ? 'nothing' : typeof v);
