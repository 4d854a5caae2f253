import { readFileSync } from 'node:fs';
import { answerLines } from './units.js';

/**
 * The translated support guides are line for line the English one (same headings, lists and
 * paragraphs on the same lines; support-guide.test.ts holds them to it), so a sentence the engine
 * quotes from the English guide has its translation at the same place: the same sentence of the
 * same line when both lines have as many sentences, else the whole line when it was quoted whole.
 */
export function alignGuides(english: string, translated: string): Map<string, string> {
  const en = answerLines(english);
  const other = answerLines(translated);
  const aligned = new Map<string, string>();
  for (const [i, line] of en.entries()) {
    const match = other[i];
    if (!match || !line.sentences.length) continue;
    aligned.set(line.sentences.join(' '), match.sentences.join(' '));
    if (line.sentences.length === match.sentences.length)
      for (const [j, s] of line.sentences.entries()) aligned.set(s, match.sentences[j]!);
  }
  return aligned;
}

/** Every sentence (and whole line) of the English guide: what the guide's translations carry. */
export function guideSentences(file: string): Set<string> {
  const lines = answerLines(readFileSync(file, 'utf8'));
  return new Set(lines.flatMap((l) => (l.sentences.length ? [...l.sentences, l.sentences.join(' ')] : [])));
}
