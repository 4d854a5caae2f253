import { readFileSync } from 'node:fs';
import { SUPPORT_GUIDE } from '../server/assistant/create-assistant.js';
import { loadKnowledge } from '../server/assistant/knowledge/knowledge.js';
import { createOfflineEngine } from '../server/assistant/offline/offline-engine.js';
import { evaluateCases } from '../server/eval/heldout-eval.js';
import { hazardKinds } from '../server/assistant/understanding/hazards.js';
import { gist } from '../server/assistant/translation/gist.js';
import { shopPhrases } from '../server/assistant/translation/known-words.js';
const knowledge = loadKnowledge(SUPPORT_GUIDE);
const en = JSON.parse(readFileSync('server/eval/heldout/intl6-en.json', 'utf8')).find((x: any) => x.id === 'i6e-safety-back-lifting-vision-x');
const texts: string[] = JSON.parse(readFileSync('/tmp/a6b/variants.json', 'utf8'));
const cases = texts.map((s, i) => ({ ...en, id: `v${i}`, turns: [{ ...en.turns[0], say: s }] }));
const results = await evaluateCases(createOfflineEngine({ knowledge, paceMs: 0 }), knowledge, { 'intl6-en': cases as never });
for (const r of (results as any)['intl6-en']) {
  const s = r.case.turns[0].say;
  console.log('----', hazardKinds(s), r.failures ?? r.ok ?? '', '\n' + s);
  console.log('  =>', r.outputs[0]?.text.replace(/\n+/g, ' ¶ ').slice(0, 300));
}
if (process.argv[2]) { const g = gist(process.argv[2], shopPhrases('es')); console.log('GIST', g); }
