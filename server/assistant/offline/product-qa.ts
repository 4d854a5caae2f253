import { splitSentences } from '../knowledge/sentences.js';
import { queryTerms, terms } from '../knowledge/text.js';
import type { ProductFacts } from './reply-context.js';
import { anyOf } from '../../nlu/alternatives.js';

/**
 * The words a product page uses for what shoppers ask ("zoom" is a telephoto, "bright" is nits,
 * "on a plane" is watt-hours): added to the question before it is matched against the page.
 */
const PAGE_WORDS: Array<[RegExp, string]> = [
  [/\bzoom\w*\b/i, 'telephoto optical'],
  [/\b(bright\w*|sun\w*|outdoors?|glare)\b/i, 'nits brightness'],
  [/\b(jack|wired|aux|plug (it )?in)\b/i, '3.5 mm cable'],
  [/\b(noise|anc)\b/i, 'noise cancelling anc'],
  [
    /\b(plane|planes|fly|flying|flights?|airline|cabin|hand luggage|carry on)\b/i,
    'wh flights cabin luggage airline carry',
  ],
  [/\b(long (flights?|trips?|days?|haul)|travel\w*|commut\w*|journey)\b/i, 'hours battery noise cancelling anc'],
  [/\b(plugs?|adapters?|adaptors?|socket|brick|power supply)\b/i, 'plug heads uk eu us adapter pd'],
  [
    anyOf(
      'i',
      String.raw`\bcharg\w*\b.{0,20}\b(faster|quicker|fastest|quickest|speed)\b`,
      String.raw`\b(faster|quicker|fastest|quickest)\b.{0,20}\bcharg\w*`,
      String.raw`\bfast charg\w*`,
    ),
    'w watts output qi2 usb-c pd',
  ],
  [/\b(sealed|dust\w*|wet|splash\w*|rain|sweat\w*|gym|running|workout)\b/i, 'ip water resistance sweat splash'],
  [/\b(ring|light|flash)\b/i, 'halo ring leds fill light glow'],
  [/\b(lasts?|hours|all day|one charge|single charge)\b/i, 'hours battery'],
  [/\bbox\b/i, 'contents'],
  [/\bwireless\w*\b/i, 'qi wireless'],
  [/\b(fry|blow|damage|safe|too powerful|overpower)\b/i, 'safely only draws negotiates'],
  [/\b(selfies?|video calls?)\b/i, 'front'],
  [/\b(strap|band|wrist)\b/i, 'band strap'],
  [/\b(gps|run|running|cycling|ride)\b/i, 'gps runs rides'],
];

/** Enough overlap with the question to be worth quoting: more than one plain word. */
const MIN_SCORE = 1.5;

/** Words of asking, not of the thing asked about. */
const ASKING = new Set(
  terms('look looking like tell know think phone phones thing things buy get good new actually really does do'),
);

export interface Found {
  /** "**Telephoto:** 200 MP periscope, 4.3x optical…" or a sentence of the description. */
  text: string;
  score: number;
}

function score(piece: string, weights: Map<string, number>): number {
  const words = new Set(terms(piece));
  let total = 0;
  for (const [w, weight] of weights) if (words.has(w)) total += weight;
  return total;
}

/**
 * [PQA1] What a product's page says about a question its named aspects do not cover ("does the
 * 65 W charger come with different plugs?", "what does the light ring do?"): the spec rows and
 * description sentences that share the most words with it, best first. The product's own name
 * counts for nothing: every piece of its page mentions it.
 */
export function productQa(facts: ProductFacts, question: string, limit = 2): Found[] {
  const relevance = pageRelevance(facts, question);
  const pieces = [
    ...facts.specs.map((s) => ({ text: `**${s.name}:** ${s.value}`, match: `${s.group} ${s.name} ${s.value}` })),
    ...splitSentences(facts.description ?? '').map((s) => ({ text: s, match: s })),
  ];
  return pieces
    .map((p) => ({ text: p.text, score: relevance(p.match) }))
    .filter((p) => p.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** How much a piece of a product's page has to do with the question: the weights of the question's words it shares. */
export function pageRelevance(
  facts: Pick<ProductFacts, 'name' | 'category'>,
  question: string,
): (piece: string) => number {
  const extra = PAGE_WORDS.filter(([re]) => re.test(question))
    .map(([, words]) => words)
    .join(' ');
  const own = new Set(terms(`${facts.name} ${facts.category}`));
  const weights = new Map([...queryTerms(`${question} ${extra}`)].filter(([w]) => !own.has(w) && !ASKING.has(w)));
  return (piece) => score(piece, weights);
}
