// `tsx scripts/harvest-answer-templates.ts`: the built-in engine's English sentences, as templates.
// Runs the development splits (never the held-out test or intl sets) through the offline engine,
// in English, cuts every answer into sentences, takes out what never translates (shape.ts) and the
// support guide's own sentences (the translated guides carry those), and writes the templates a
// translator renders: server/assistant/translation/templates.json, most used first (templates no
// development case says any more are kept at the end, count 0, so their translations stay).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORT_GUIDE } from '../server/assistant/create-assistant.js';
import { loadKnowledge } from '../server/assistant/knowledge/knowledge.js';
import { createOfflineEngine } from '../server/assistant/offline/offline-engine.js';
import { catalogNames } from '../server/assistant/translation/catalog-names.js';
import { guideSentences } from '../server/assistant/translation/guide-alignment.js';
import { shapeMatcher, shapeOf } from '../server/assistant/translation/shape.js';
import { createTranslator, type Translator } from '../server/assistant/translation/translator.js';
import { answerLines } from '../server/assistant/translation/units.js';
import { evaluateCases } from '../server/eval/heldout-eval.js';
import { loadSplit, SPLITS } from '../server/eval/heldout-set.js';

const knowledge = loadKnowledge(SUPPORT_GUIDE);
const splits = SPLITS.filter((s) => s.startsWith('dev'));
// French, German and Spanish messages are read through the bridge and answered in its English: those are templates too.
const bridge = createTranslator();
const inEnglish: Translator = { toEnglish: bridge.toEnglish, fromEnglish: (text) => ({ text, missed: [] }) };
const results = await evaluateCases(
  createOfflineEngine({ knowledge, paceMs: 0, translator: inEnglish }),
  knowledge,
  Object.fromEntries(splits.map((s) => [s, loadSplit(s)])),
);
const guide = guideSentences(SUPPORT_GUIDE);
const matcher = shapeMatcher(catalogNames());
const counts = new Map<string, { count: number; example: string }>();
for (const result of Object.values(results).flat())
  for (const output of result.outputs)
    for (const line of answerLines(output.text))
      for (const sentence of line.sentences) {
        if (guide.has(sentence)) continue;
        const { template } = shapeOf(sentence, matcher);
        const seen = counts.get(template) ?? { count: 0, example: sentence };
        seen.count++;
        counts.set(template, seen);
      }
const out = join(import.meta.dirname, '../server/assistant/translation/templates.json');
// A template no development case says today is kept, with its count at 0: the engine can still write
// it for other messages, and its translations must not be dropped with it.
const before = JSON.parse(readFileSync(out, 'utf8')) as Array<{ template: string; example: string }>;
for (const { template, example } of before) if (!counts.has(template)) counts.set(template, { count: 0, example });
const sorted = [...counts].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
writeFileSync(
  out,
  `${JSON.stringify(
    sorted.map(([template, { count, example }]) => ({ template, count, example })),
    null,
    2,
  )}\n`,
);
console.log(`${sorted.length} templates from ${Object.values(results).flat().length} cases → ${out}`);
