import { plain } from '../../nlu/entities.js';
import type { Intent } from './intents.js';

/**
 * A multinomial naive Bayes over words, word pairs and character 3–5-grams. It is the second
 * voice of the intent ensemble (classifier.ts): the character n-grams still recognise a word
 * the shopper misspelt ("baterry", "recieve"), where NLP.js's stems see an unknown token.
 */
export type Scorer = (text: string) => Array<{ intent: Intent; score: number }>;

const SMOOTHING = 0.1;

export function features(text: string): Set<string> {
  const p = plain(text).trim();
  const out = new Set<string>();
  const words = p.split(' ');
  for (const [i, w] of words.entries()) {
    out.add(`w:${w}`);
    if (i + 1 < words.length) out.add(`b:${w}_${words[i + 1]}`);
  }
  const padded = ` ${p} `;
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.add(`c:${padded.slice(i, i + n)}`);
  return out;
}

export function trainNaiveBayes(examples: ReadonlyArray<readonly [Intent, string]>): Scorer {
  const counts = new Map<Intent, Map<string, number>>();
  const totals = new Map<Intent, number>();
  const priors = new Map<Intent, number>();
  const vocabulary = new Set<string>();
  for (const [intent, utterance] of examples) {
    priors.set(intent, (priors.get(intent) ?? 0) + 1);
    const seen = counts.get(intent) ?? new Map<string, number>();
    counts.set(intent, seen);
    for (const f of features(utterance)) {
      seen.set(f, (seen.get(f) ?? 0) + 1);
      totals.set(intent, (totals.get(intent) ?? 0) + 1);
      vocabulary.add(f);
    }
  }
  return scorer([...counts.keys()], counts, totals, priors, vocabulary.size);
}

/**
 * An intent's log-likelihood is log P(intent) + Σ over the message's known features of
 * log((count + α) / (total + α·V)). Rewritten as log P(intent) + n·(log α − log(total + α·V)) +
 * Σ log(1 + count/α), the last sum runs only over the intents that have seen each feature: a
 * feature is in a few intents, and reading a message no longer visits every intent for every one of
 * its features (most of the engine's time before, docs/PERFORMANCE.md).
 */
function scorer(
  intents: Intent[],
  counts: Map<Intent, Map<string, number>>,
  totals: Map<Intent, number>,
  priors: Map<Intent, number>,
  v: number,
): Scorer {
  const base = Float64Array.from(intents, (i) => Math.log(priors.get(i)!));
  const perFeature = Float64Array.from(intents, (i) => Math.log(SMOOTHING) - Math.log(totals.get(i)! + SMOOTHING * v));
  const { index, starts, owner, gain } = invert(intents, counts);
  return (text) => {
    const known = [...features(text)].map((f) => index.get(f)).filter((k) => k !== undefined);
    const scores = base.map((b, i) => b + known.length * perFeature[i]!);
    for (const k of known) for (let j = starts[k]!; j < starts[k + 1]!; j++) scores[owner[j]!]! += gain[j]!;
    // Softmax over the log-likelihoods: a distribution to average with NLP.js's.
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return intents.map((intent, i) => ({ intent, score: exps[i]! / sum })).sort((a, b) => b.score - a.score);
  };
}

/**
 * Feature k's intents are owner[starts[k]] up to owner[starts[k + 1]], with their log(1 + count/α)
 * in gain. Built apart from the scorer, so its closure keeps these arrays and not the counts.
 */
function invert(intents: Intent[], counts: Map<Intent, Map<string, number>>) {
  const having = new Map<string, Array<[number, number]>>();
  intents.forEach((intent, i) => {
    for (const [f, count] of counts.get(intent)!) {
      const rows = having.get(f);
      const row: [number, number] = [i, Math.log1p(count / SMOOTHING)];
      if (rows) rows.push(row);
      else having.set(f, [row]);
    }
  });
  const index = new Map<string, number>();
  const starts = new Int32Array(having.size + 1);
  const owner = new Int32Array([...having.values()].reduce((n, rows) => n + rows.length, 0));
  const gain = new Float64Array(owner.length);
  for (const [f, rows] of having) {
    const k = index.size;
    index.set(f, k);
    starts[k + 1] = starts[k]! + rows.length;
    rows.forEach(([i, g], j) => {
      owner[starts[k]! + j] = i;
      gain[starts[k]! + j] = g;
    });
  }
  return { index, starts, owner, gain };
}
