import type { Passage } from './passages.js';

/** "The 30-day return policy" → "the-30-day-return-policy". */
export const slugOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The support guide as passages: each `###` heading and its text, under the `##` section it
 * sits in. Text before the first `###` of a section (and the `#` title) is not a passage: the
 * guide keeps every passage self-contained, so intros carry nothing an answer needs.
 */
export function parseGuide(markdown: string): Passage[] {
  const passages: Passage[] = [];
  let section = '';
  let current: { title: string; lines: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const text = current.lines.join('\n').trim();
    if (text) passages.push({ id: slugOf(current.title), section, title: current.title, text });
    current = null;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,3})\s+(.*\S)\s*$/.exec(line);
    if (heading) {
      flush();
      if (heading[1] === '##') section = heading[2]!;
      if (heading[1] === '###') current = { title: heading[2]!, lines: [] };
      continue;
    }
    current?.lines.push(line);
  }
  flush();
  return passages;
}
