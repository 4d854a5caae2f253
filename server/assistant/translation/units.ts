import { splitSentences } from '../knowledge/sentences.js';

/**
 * An answer as the units a translation replaces: its lines (Markdown paragraphs, list items,
 * blank lines kept), each a list marker and the sentences after it.
 */
export interface AnswerLine {
  /** "- ", "2. ", "> " or "": kept as it is. */
  marker: string;
  sentences: string[];
}

const MARKER = /^\s*(?:[-*]\s+|\d+\.\s+|>\s*|#{1,6}\s+)?/;

export function answerLines(text: string): AnswerLine[] {
  return text.split('\n').map((line) => {
    const marker = MARKER.exec(line)?.[0] ?? '';
    return { marker, sentences: splitSentences(line.slice(marker.length)) };
  });
}

export const joinAnswerLines = (lines: readonly AnswerLine[]) =>
  lines.map((l) => l.marker + l.sentences.join(' ')).join('\n');
