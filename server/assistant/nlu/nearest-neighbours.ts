import type { Intent } from './intents.js';
import { features, type Scorer } from './naive-bayes.js';

/**
 * The third voice of the intent ensemble (classifier.ts, ADR 022): the labelled utterances most
 * like the message, by cosine similarity of their IDF-weighted words, word pairs and character
 * n-grams (the naive Bayes's features), vote for their intents. Where the other two voices sum up
 * an intent as a whole, this one remembers single examples: one odd way of asking in the corpus
 * counts even when the rest of its intent is worded otherwise.
 */

/** How many neighbours vote, and how sharply a closer one outweighs a farther one. */
const NEIGHBOURS = 15;
const SHARPNESS = 10;

export function trainNearestNeighbours(examples: ReadonlyArray<readonly [Intent, string]>): Scorer {
  const intents = examples.map(([intent]) => intent);
  const having = new Map<string, number[]>();
  examples.forEach(([, text], i) => {
    for (const f of features(text)) {
      const ids = having.get(f);
      if (ids) ids.push(i);
      else having.set(f, [i]);
    }
  });
  // An inverted index in three flat arrays and a map of feature to row (25 MiB of heap for the
  // corpus, against 49 as an object per feature, docs/PERFORMANCE.md):
  // feature k's documents are documents[starts[k]] up to documents[starts[k + 1]], and its weight
  // squared is weight2[k] (a feature is present or not, so its weight is its IDF).
  const index = new Map<string, number>();
  const starts = new Int32Array(having.size + 1);
  const documents = new Int32Array([...having.values()].reduce((n, ids) => n + ids.length, 0));
  const weight2 = new Float64Array(having.size);
  const squares = new Float64Array(examples.length);
  for (const [f, ids] of having) {
    const k = index.size;
    index.set(f, k);
    weight2[k] = Math.log((examples.length + 1) / (ids.length + 1)) ** 2;
    documents.set(ids, starts[k]);
    starts[k + 1] = starts[k]! + ids.length;
    for (const i of ids) squares[i]! += weight2[k]!;
  }
  const norms = squares.map((q) => Math.sqrt(q) || 1);
  // One buffer of dot products for every reading: scoring is synchronous, so no two readings share it at once.
  const dot = new Float64Array(examples.length);
  return (text) => {
    dot.fill(0);
    let query = 0;
    for (const f of features(text)) {
      const k = index.get(f);
      if (k === undefined) continue;
      const w = weight2[k]!;
      query += w;
      for (let j = starts[k]!; j < starts[k + 1]!; j++) dot[documents[j]!]! += w;
    }
    const norm = Math.sqrt(query) || 1;
    const votes = new Map<Intent, number>();
    for (const i of nearest(dot, norms)) {
      const intent = intents[i]!;
      votes.set(intent, (votes.get(intent) ?? 0) + Math.exp((SHARPNESS * dot[i]!) / (norm * norms[i]!)));
    }
    const total = [...votes.values()].reduce((s, v) => s + v, 0) || 1;
    return [...votes].map(([intent, v]) => ({ intent, score: v / total })).sort((a, b) => b.score - a.score);
  };
}

/**
 * The documents of the highest cosine similarity (dot products over norms), without sorting them
 * all. Of equal ones the earlier in the corpus is kept (corpus order: English first).
 */
function nearest(dot: Float64Array, norms: Float64Array): number[] {
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
