import type { Knowledge, Passage, RankedPassage } from '../knowledge/passages.js';
import { splitSentences } from '../knowledge/sentences.js';
import { queryTerms, stem, terms } from '../knowledge/text.js';
import { paragraphs } from './format.js';

/** Sections that describe the assistant itself, not the shop: quoted only when nothing else fits. */
const ABOUT_ASSISTANT = new Set(['Persona and response rules', 'Departments']);

/** Where the shop's own page about a section lives (client/src/i18n/policies.ts has these slugs). */
const POLICY_PAGES: Record<string, string> = {
  Shipping: '/policies/shipping',
  'Returns and refunds': '/policies/shipping',
  Warranty: '/policies/warranty',
  'Repairs and modular upgrades': '/policies/warranty',
  Payment: '/policies/terms',
  Privacy: '/policies/privacy',
};

interface Blocks {
  paragraphs: string[];
  steps: string[];
  bullets: string[];
  /** Paragraphs after the numbered steps (what to do if they did not help). */
  after: string[];
}

function blocksOf(text: string): Blocks {
  const out: Blocks = { paragraphs: [], steps: [], bullets: [], after: [] };
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.every((l) => /^\d+\.\s/.test(l))) out.steps.push(...lines.map((l) => l.replace(/^\d+\.\s+/, '')));
    else if (lines.every((l) => /^-\s/.test(l))) out.bullets.push(...lines.map((l) => l.replace(/^-\s+/, '')));
    else (out.steps.length ? out.after : out.paragraphs).push(lines.join(' '));
  }
  return out;
}

/** How much a piece of text answers the query: its query words (synonyms half), plus a little for a figure. */
function relevance(text: string, weights: Map<string, number>): number {
  const words = new Set(terms(text));
  let score = 0;
  for (const [w, weight] of weights) if (words.has(w)) score += weight;
  // "How long" and "how much" want the sentence with the figure.
  const wantsFigure = weights.get(stem('time')) === 1 || weights.get(stem('cost')) === 1;
  return score + (/\d/.test(text) ? (wantsFigure ? 2.5 : 0.3) : 0);
}

/** The best `n` pieces with something to say, in their original order. */
function pick(pieces: readonly string[], weights: Map<string, number>, n: number, min = 0.5): string[] {
  const scored = pieces.map((text, i) => ({ text, i, score: relevance(text, weights) }));
  const chosen = scored
    .filter((s) => s.score >= min)
    .sort((a, b) => b.score - a.score)
    .slice(0, n);
  return chosen.sort((a, b) => a.i - b.i).map((s) => s.text);
}

/** The passage that answers `query`: troubleshooting ones for a problem, the shop's policies otherwise. */
export function findPassage(knowledge: Knowledge, query: string, troubleshooting: boolean): RankedPassage | undefined {
  const hits = knowledge.search(query, 10);
  const fit = hits.filter((p) => (troubleshooting ? p.section === 'Troubleshooting' : !ABOUT_ASSISTANT.has(p.section)));
  return fit[0] ?? (troubleshooting ? undefined : hits[0]);
}

/** A sentence that leans on the one before it ("Nothing else is accepted: …") brings that one along. */
const LEANS_BACK = /^(nothing else|this|that|these|those|it|they|so|otherwise|then|also|but)\b/i;
function withAntecedents(all: readonly string[], chosen: string[]): string[] {
  const keep = new Set(chosen);
  for (const s of chosen) {
    const i = all.indexOf(s);
    if (i > 0 && LEANS_BACK.test(s)) keep.add(all[i - 1]!);
  }
  return all.filter((s) => keep.has(s));
}

/** [OFF4] A policy answer: the sentences and list items that answer the question, or the steps when asked how. */
export function policyAnswer(passage: Passage, query: string, opts: { leadFact?: boolean } = {}): string {
  const weights = queryTerms(query);
  const b = blocksOf(passage.text);
  const sentences = b.paragraphs.flatMap(splitSentences);
  const asksHow = /\b(how (do|can|to|should)|steps?|process|what do i do|what should i do)\b/i.test(query);
  const chosen = pick(sentences, weights, asksHow && b.steps.length ? 1 : 3);
  // A passage named by the question's telling words starts with its specific fact (the guide is written fact first).
  const first =
    opts.leadFact && chosen.length && sentences[0] && !chosen.includes(sentences[0])
      ? [sentences[0], ...chosen.slice(0, 2)]
      : chosen;
  const lead = withAntecedents(sentences, first);
  // A list item is picked for what sets it apart ("Canada"), not for the topic every item shares (the title's words).
  const titleWords = new Set(terms(passage.title));
  const specific = new Map([...weights].filter(([w]) => !titleWords.has(w)));
  const matching = pick(b.bullets, specific, 3, 1);
  const items = matching.length ? matching : b.bullets.length <= 6 ? b.bullets : [];
  const steps = asksHow || b.steps.length <= 6 ? b.steps : [];
  const page = POLICY_PAGES[passage.section];
  const picked = lead.length ? lead : sentences.slice(0, 2);
  // A list shown keeps the sentence that introduces it ("It does not cover:"), in the passage's order.
  const intro = items.length ? sentences.find((x) => x.trim().endsWith(':')) : undefined;
  const said = intro && !picked.includes(intro) ? sentences.filter((x) => x === intro || picked.includes(x)) : picked;
  // "It does not cover:" is followed by its list, before any sentence that comes after the list.
  const colon = said.findIndex((x) => x.trim().endsWith(':'));
  const [before, after] = colon >= 0 && items.length ? [said.slice(0, colon + 1), said.slice(colon + 1)] : [said, []];
  // "What do I do?" of a passage without numbered steps: its sentence on what to do, if the pick missed it.
  const whatToDo =
    asksHow && !b.steps.length
      ? sentences.find(
          (x) => /\b(Contact page|request|select|ask the assistant|ask for a person)\b/.test(x) && !said.includes(x),
        )
      : undefined;
  return paragraphs(
    before.join(' '),
    items.length ? items.map((i) => `- ${i}`).join('\n') : undefined,
    [...after, ...(whatToDo ? [whatToDo] : [])].join(' '),
    steps.length ? steps.map((s, i) => `${i + 1}. ${s}`).join('\n') : undefined,
    pick(b.after.flatMap(splitSentences), weights, 1, 1).join(' '),
    page ? `The full policy is on the [${passage.section.toLowerCase()} page](${page}).` : undefined,
  );
}

/** [OFF5] A troubleshooting answer: what the problem usually is, the guide's numbered steps, and when to get help. */
export function troubleshootingAnswer(passage: Passage, query: string): string {
  const weights = queryTerms(query);
  const b = blocksOf(passage.text);
  const afterSentences = b.after.flatMap(splitSentences);
  const contact = afterSentences.filter((s) => /\b(contact|stop using)\b/i.test(s));
  const relevant = pick(
    afterSentences.filter((s) => !contact.includes(s)),
    weights,
    3,
    0.3,
  );
  return paragraphs(
    b.paragraphs.join(' '),
    b.steps.map((s, i) => `${i + 1}. ${s}`).join('\n'),
    [...relevant, ...contact].join(' '),
  );
}
