/**
 * What a Spanish diminutive may be the diminutive of, likeliest first: "pilita" → "pila",
 * "tornillitos" → "tornillos", "imancito" → "iman", "piecita" → "pieza", "chiquito" → "chico",
 * "cablecito" → "cable", "ahorita" → "ahora". The gist takes the first that its table knows, and
 * only for a word it does not know as written ("bonito", "visita", "necesito" stay themselves).
 */
const SUFFIX = /^(.{2,}?)(it|ill)(o|a)(s?)$/;
/** "Imanc-ito", "papel-ito", "reloj-ito": a stem of four letters or more ending as Spanish nouns do is a word ("fin-ita" is not). */
const ENDS_AS_A_NOUN = /^.{3,}[nlrdzj]$/;

export function diminutiveOf(folded: string): string[] {
  const m = SUFFIX.exec(folded);
  if (!m) return [];
  const [, stem, , vowel, plural] = m as unknown as [string, string, string, string, string];
  // "Nen-ito", "pib-ito": the diminutive of a word in -e.
  const out = [`${stem}${vowel}${plural}`, `${stem}e${plural}`];
  if (stem.endsWith('qu')) out.push(`${stem.slice(0, -2)}c${vowel}${plural}`);
  if (stem.endsWith('gu')) out.push(`${stem.slice(0, -2)}g${vowel}${plural}`);
  if (stem.endsWith('c')) {
    const bare = stem.slice(0, -1);
    out.push(`${bare}z${vowel}${plural}`, `${bare}${plural}`);
    if (ENDS_AS_A_NOUN.test(bare)) out.push(plural ? `${bare}es` : bare);
    if (bare.endsWith('e')) out.push(plural ? `${bare.slice(0, -1)}es` : bare.slice(0, -1));
  }
  if (ENDS_AS_A_NOUN.test(stem)) out.push(plural ? `${stem}es` : stem);
  return out;
}
