/**
 * Long rule-table regular expressions written one alternative a line. The pieces are the pattern's own text, so
 * joining them gives back exactly the source the one-line literal had: `anyOf('i', 'cats?', String.raw`\bdogs?\b`)`
 * is `/cats?|\bdogs?\b/i`. String.raw keeps backslashes as written.
 */

/** A regular expression from its top-level alternatives, joined with `|`. */
export const anyOf = (flags: string, ...alternatives: string[]): RegExp => new RegExp(alternatives.join('|'), flags);

/**
 * One alternative whose group is too long for a line, as text: what comes before the group's alternatives (its
 * opening `(` included), the alternatives, and what comes after (its closing `)` included).
 * `group(String.raw`\b(`, ['fits?', 'works? with'], String.raw`)\b`)` is the text `\b(fits?|works? with)\b`.
 */
export const group = (before: string, alternatives: string[], after: string): string =>
  before + alternatives.join('|') + after;
