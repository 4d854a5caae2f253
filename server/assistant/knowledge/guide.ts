import type { Passage } from './passages.js';
import { splitQuestions } from './sentences.js';

/** "The 30-day return policy" → "the-30-day-return-policy". */
export const slugOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A passage's line of example questions: `Questions: How much is shipping? Do you ship to Spain?` */
const QUESTIONS_LINE = /^Questions:\s*(.*)$/;

/**
 * The support guide as passages: each `###` heading and its text, under the `##` section it
 * sits in. Text before the first `###` of a section (and the `#` title) is not a passage: the
 * guide keeps every passage self-contained, so intros carry nothing an answer needs. A
 * `Questions:` line is kept apart from the text, so retrieval can use it and quoting never does.
 */
export function parseGuide(markdown: string): Passage[] {
  const passages: Passage[] = [];
  let section = '';
  let current: { title: string; lines: string[]; questions: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.lines.join('\n').trim();
    if (text)
      passages.push({ id: slugOf(current.title), section, title: current.title, text, questions: current.questions });
    current = null;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,3})\s+(.*\S)\s*$/.exec(line);
    if (heading) {
      flush();
      if (heading[1] === '##') section = heading[2]!;
      if (heading[1] === '###') current = { title: heading[2]!, lines: [], questions: [] };
      continue;
    }
    const questions = QUESTIONS_LINE.exec(line.trim());
    if (questions) current?.questions.push(...splitQuestions(questions[1]!));
    else current?.lines.push(line);
  }
  flush();
  return passages;
}
