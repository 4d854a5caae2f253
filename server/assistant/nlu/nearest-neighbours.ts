import type { Intent } from './intents.js';
import { features, type Scorer } from './naive-bayes.js';

/**
 * The third voice of the intent ensemble (classifier.ts, ADR 013): the labelled utterances most
 * like the message, by cosine similarity of their IDF-weighted words, word pairs and character
 * n-grams (the naive Bayes's features), vote for their intents. Where the other two voices sum up
 * an intent as a whole, this one remembers single examples: one odd way of asking in the corpus
 * counts even when the rest of its intent is worded otherwise.
 */

/** How many neighbours vote, and how sharply a closer one outweighs a farther one. */
const NEIGHBOURS = 15;
const SHARPNESS = 10;

interface Posting {
  /** The feature's weight squared: a feature is present or not, so its weight is its IDF. */
  weight2: number;
  documents: Int32Array;
}

export function trainNearestNeighbours(examples: ReadonlyArray<readonly [Intent, string]>): Scorer {
  const documents = examples.map(([intent, text]) => ({ intent, features: features(text) }));
  const having = new Map<string, number[]>();
  documents.forEach((d, i) => {
    for (const f of d.features) {
      const ids = having.get(f);
      if (ids) ids.push(i);
      else having.set(f, [i]);
    }
  });
  const postings = new Map<string, Posting>();
  for (const [f, ids] of having) postings.set(f, { weight2: Math.log((documents.length + 1) / (ids.length + 1)) ** 2, documents: Int32Array.from(ids) });
  const norms = documents.map((d) => Math.sqrt([...d.features].reduce((s, f) => s + postings.get(f)!.weight2, 0)) || 1);
  const dot = new Float64Array(documents.length);
  return (text) => {
    dot.fill(0);
    let squares = 0;
    for (const f of features(text)) {
      const posting = postings.get(f);
      if (!posting) continue;
      squares += posting.weight2;
      for (const i of posting.documents) dot[i]! += posting.weight2;
    }
    const norm = Math.sqrt(squares) || 1;
    const votes = new Map<Intent, number>();
    for (const i of nearest(dot, norms)) {
      const intent = documents[i]!.intent;
      votes.set(intent, (votes.get(intent) ?? 0) + Math.exp((SHARPNESS * dot[i]!) / (norm * norms[i]!)));
    }
    const total = [...votes.values()].reduce((s, v) => s + v, 0) || 1;
    return [...votes].map(([intent, v]) => ({ intent, score: v / total })).sort((a, b) => b.score - a.score);
  };
}

/** The documents of the highest cosine similarity (dot products over norms), without sorting them all. */
function nearest(dot: Float64Array, norms: number[]): number[] {
  const best: Array<{ i: number; similarity: number }> = [];
  for (let i = 0; i < dot.length; i++) {
    if (dot[i] === 0) continue;
    const similarity = dot[i]! / norms[i]!;
    if (best.length === NEIGHBOURS && similarity <= best[best.length - 1]!.similarity) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.similarity < similarity) at--;
    best.splice(at, 0, { i, similarity });
    if (best.length > NEIGHBOURS) best.pop();
  }
  return best.map((b) => b.i);
}
