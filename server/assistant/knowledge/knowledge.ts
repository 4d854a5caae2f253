import { readFileSync } from 'node:fs';
import { parseGuide } from './guide.js';
import type { Knowledge, Passage, RankedPassage } from './passages.js';
import { queryTerms, terms } from './text.js';

/** BM25's usual constants; a title word counts as this many body words (titles name the topic). */
const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 3;
/** A word of an example question counts like a body word: it is how shoppers ask for the passage. */
const QUESTION_WEIGHT = 1;

interface Indexed {
  passage: Passage;
  freq: Map<string, number>;
  length: number;
}

function indexPassage(passage: Passage): Indexed {
  const freq = new Map<string, number>();
  const add = (words: string[], weight: number) => {
    for (const w of words) freq.set(w, (freq.get(w) ?? 0) + weight);
  };
  add(terms(passage.title), TITLE_WEIGHT);
  add(terms(passage.section), 1);
  add(terms(passage.text), 1);
  add(passage.questions.flatMap(terms), QUESTION_WEIGHT);
  let length = 0;
  for (const n of freq.values()) length += n;
  return { passage, freq, length };
}

/** Okapi BM25 over the passages (title, section, text and example questions), with synonym expansion of the query (see text.ts). */
export function createKnowledge(passages: readonly Passage[]): Knowledge {
  const docs = passages.map(indexPassage);
  const avgLength = docs.reduce((n, d) => n + d.length, 0) / Math.max(1, docs.length);
  const docFreq = new Map<string, number>();
  for (const d of docs) for (const w of d.freq.keys()) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
  const idf = (w: string) => {
    const n = docFreq.get(w) ?? 0;
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  };
  return {
    passages,
    search(query, k = 4) {
      const weights = queryTerms(query);
      if (!weights.size) return [];
      const ranked: RankedPassage[] = [];
      for (const d of docs) {
        let score = 0;
        for (const [w, weight] of weights) {
          const tf = d.freq.get(w);
          if (!tf) continue;
          score += weight * idf(w) * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / avgLength)));
        }
        if (score > 0) ranked.push({ ...d.passage, score: Math.round(score * 1000) / 1000 });
      }
      return ranked.sort((a, b) => b.score - a.score).slice(0, k);
    },
  };
}

/** The guide file, parsed and indexed once at start. */
export function loadKnowledge(file: string): Knowledge {
  return createKnowledge(parseGuide(readFileSync(file, 'utf8')));
}
