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
  const v = vocabulary.size;
  return (text) => {
    const known = [...features(text)].filter((f) => vocabulary.has(f));
    const logs = [...counts].map(([intent, seen]) => {
      const denominator = Math.log(totals.get(intent)! + SMOOTHING * v);
      let score = Math.log(priors.get(intent)!);
      for (const f of known) score += Math.log((seen.get(f) ?? 0) + SMOOTHING) - denominator;
      return { intent, score };
    });
    // Softmax over the log-likelihoods: a distribution to average with NLP.js's.
    const max = Math.max(...logs.map((l) => l.score));
    const sum = logs.reduce((s, l) => s + Math.exp(l.score - max), 0);
    return logs
      .map((l) => ({ intent: l.intent, score: Math.exp(l.score - max) / sum }))
      .sort((a, b) => b.score - a.score);
  };
}
