import { SUPPORT_GUIDE } from '../server/assistant/create-assistant.js';
import { loadKnowledge } from '../server/assistant/knowledge/knowledge.js';
import { createOfflineEngine } from '../server/assistant/offline/offline-engine.js';
import { evaluateCases } from '../server/eval/heldout-eval.js';
import { loadSplit } from '../server/eval/heldout-set.js';
const knowledge = loadKnowledge(SUPPORT_GUIDE);
const split = process.argv[2] as 'dev-de';
const only = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
const r = await evaluateCases(createOfflineEngine({ knowledge, paceMs: 0 }), knowledge, { [split]: loadSplit(split) });
for (const c of r[split]) {
  if (!c.failures.length || (only && !only.test(c.case.id))) continue;
  console.log(`\n=== ${c.case.id}: ${c.failures.join(' / ').slice(0, 200)}`);
  c.case.turns.forEach((t, i) => console.log(`> ${t.say}\n< ${c.outputs[i]?.text.replace(/\n/g, ' ⏎ ').slice(0, 600)}`));
}
