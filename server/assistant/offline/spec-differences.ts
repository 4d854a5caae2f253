import { bullets } from './format.js';
import { pageRelevance } from './product-qa.js';
import type { ProductFacts } from './reply-context.js';

/** Groups whose rows say little on their own ("Typical use", "Rating"): the group names them. */
const NAMED_BY_GROUP = /^(battery|battery life|water resistance)$/i;

/** The words two names share are no help telling them apart: "Braided USB-C to USB-C Cable (1 m)" is "the 1 m". */
function shortNames(facts: readonly ProductFacts[]): string[] {
  // A size stays one word with its unit ("1 m", "45 mm", "240 W").
  const words = (name: string) =>
    name
      .replace(/(\d) (mm|m|W|GB|TB|mAh)\b/g, '$1_$2')
      .replace(/[(),]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
  const shared = words(facts[0]!.name).filter((w) => facts.every((f) => words(f.name).includes(w)));
  return facts.map((f) => {
    const own = words(f.name).filter((w) => !shared.includes(w));
    const short = /^\d/.test(own[0] ?? '') ? own[0]! : own.join(' ');
    return `the ${short && short.length < f.name.length - 3 ? short.replace(/_/g, ' ') : f.name}`;
  });
}

/** Rows whose figures differ ("60 W" against "240 W") say more than rows worded differently. */
const figuresDiffer = (values: readonly string[]) =>
  new Set(values.map((v) => (v.match(/\d+(\.\d+)?/g) ?? []).join(' '))).size > 1;

/**
 * [CMP4] Products of the same kind side by side, read from their pages: the rows the question
 * is about first, same or not ("can either run video?": "Not supported for both"), then rows
 * whose figures differ ("60 W" against "240 W"), then others that differ. What the shopper set
 * aside ("apart from length") is left out. At most `limit` rows.
 */
export function specDifferences(facts: readonly ProductFacts[], question: string, limit = 4): string | undefined {
  if (facts.length < 2) return undefined;
  const setAside = /\b(?:apart from|except|besides|other than|aside from|not counting|ignoring)(?: the)? (\w+)/i
    .exec(question)?.[1]
    ?.toLowerCase();
  const relevance = pageRelevance(
    facts[0]!,
    question.replace(/\b(apart from|except|besides|other than|aside from|not counting|ignoring)( the)? \w+/gi, ' '),
  );
  const names = shortNames(facts);
  const rows = facts[0]!.specs.flatMap((spec, order) => {
    const values = facts.map((f) => f.specs.find((s) => s.group === spec.group && s.name === spec.name)?.value);
    if (values.some((v) => v === undefined) || spec.name.toLowerCase() === setAside) return [];
    const label =
      NAMED_BY_GROUP.test(spec.group) && !spec.name.toLowerCase().includes(spec.group.toLowerCase())
        ? `${spec.group} (${spec.name.toLowerCase()})`
        : spec.name;
    const score = relevance(`${spec.group} ${spec.name} ${values.join(' ')}`);
    const same = new Set(values).size === 1;
    if (same && score < 1) return [];
    const line = same
      ? `**${label}:** ${values[0]} (${facts.length === 2 ? 'both' : 'all of them'})`
      : `**${label}:** ${values.map((v, i) => `${v} for ${names[i]}`).join('; ')}`;
    return [{ line, order, score, figures: !same && figuresDiffer(values as string[]) }];
  });
  const anyFigures = rows.some((r) => r.figures);
  const kept = rows
    .filter((r) => r.score > 0 || r.figures || !anyFigures)
    .sort((a, b) => b.score - a.score || Number(b.figures) - Number(a.figures) || a.order - b.order)
    .slice(0, limit);
  return kept.length ? `Side by side:\n${bullets(kept.map((r) => r.line))}` : undefined;
}
