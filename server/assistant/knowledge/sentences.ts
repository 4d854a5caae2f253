/**
 * Sentences of a guide paragraph, for quoting only the ones that answer a question.
 *
 * A sentence ends at `.`, `!` or `?` (and any closing quote or bracket) followed by space and
 * something that can start a sentence: a capital, a digit, a quote or a bracket (« », „ “ and the
 * Spanish ¿ ¡ of the translated guides too). A full stop with
 * no space after it ("2.5 W", "v1.2") is never an end.
 */

/**
 * Abbreviations after which a sentence never ends, even before a capital ("2 p.m. Eastern Time",
 * "e.g. Vision X"). "D.C." or "p.m." can end a sentence too, but quoting two sentences as one
 * is harmless, while cutting one in half misquotes the shop.
 */
const NEVER_ENDS = new Set([
  'a.m.',
  'p.m.',
  'e.g.',
  'i.e.',
  'd.c.',
  'u.s.',
  'u.k.',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'st.',
  'vs.',
  'approx.',
  'fig.',
  // The translated guides' own: German "ca. 2 Minuten", "bzw.", "z. B.", French "env.".
  'ca.',
  'bzw.',
  'z.b.',
  'z.',
  'b.',
  'd.h.',
  'ggf.',
  'inkl.',
  'evtl.',
  'usw.',
  'env.',
]);

/** "etc." ends a sentence only when a capital follows ("…, cables etc. Then restart"). */
const ENDS_BEFORE_CAPITAL = new Set(['etc.']);

/** "No. 5" is a number sign; "No. The warranty…" is an answer and a sentence. */
const NUMBER_SIGNS = new Set(['no.', 'nos.']);

const CANDIDATE = /[.!?]+(?:\s?["'”’»“)\]])*\s+(?=(?:["'“‘([¡¿„]|«\s?)?[\p{Lu}\p{N}])/gu;
const ANY_START = /[.!?]+["'”’)\]]*\s+(?=\S)/gu;

function endsSentence(before: string, after: string): boolean {
  const word =
    /(\S+)$/
      .exec(before)?.[1]
      ?.replace(/^["'“‘([]+/, '')
      .toLowerCase() ?? '';
  if (NEVER_ENDS.has(word)) return false;
  if (ENDS_BEFORE_CAPITAL.has(word)) return /^["'“‘([]?\p{Lu}/u.test(after);
  if (NUMBER_SIGNS.has(word)) return !/^\p{N}/u.test(after);
  return true;
}

function split(text: string, candidates: RegExp): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(candidates)) {
    const end = match.index + match[0].trimEnd().length;
    const next = match.index + match[0].length;
    if (!endsSentence(text.slice(start, end), text.slice(next))) continue;
    out.push(text.slice(start, end).trim());
    start = next;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The sentences of `text`, trimmed, in order; empty text gives none. */
export const splitSentences = (text: string) => split(text, CANDIDATE);

/**
 * The questions of a guide passage's `Questions:` line. They are written as shoppers type, so
 * one may start in lower case ("wen will it ship?") or be a statement ("My phone won't charge.").
 */
export const splitQuestions = (line: string) => split(line, ANY_START);
