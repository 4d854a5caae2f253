// `npm run eval [-- --engine offline|openai] [--split dev|test|all] [--failures] [--classifier ensemble|nlpjs|naive-bayes]`
// The assistant's held-out evaluation (docs/ASSISTANT.md): accuracy per category for each split.
// `--engine openai` runs the same sets against OPENAI_BASE_URL / OPENAI_API_KEY / OPENAI_MODEL.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.js';
import { createEngine, SUPPORT_GUIDE } from '../server/assistant/create-assistant.js';
import { evaluateHeldOut } from '../server/assistant/eval/heldout-eval.js';
import { formatFailures, formatTable, summarise } from '../server/assistant/eval/heldout-report.js';
import { SPLITS, type Split } from '../server/assistant/eval/heldout-set.js';
import { loadKnowledge } from '../server/assistant/knowledge/knowledge.js';
import { CLASSIFIER_MODES, trainIntentClassifier } from '../server/assistant/nlu/classifier.js';
import { loadCorpus } from '../server/assistant/nlu/corpus.js';
import { createOfflineEngine } from '../server/assistant/offline/offline-engine.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'offline' },
    split: { type: 'string', default: 'all' },
    failures: { type: 'boolean', default: false },
    // The built-in engine with one voice of its classifier alone (the ADR's comparison).
    classifier: { type: 'string' },
  },
});
if (values.engine !== 'offline' && values.engine !== 'openai') throw new Error('--engine is offline or openai');
const splits: Split[] = values.split === 'all' ? [...SPLITS] : SPLITS.filter((s) => s === values.split);
if (!splits.length) throw new Error('--split is dev, test or all');

let config;
try {
  config = loadConfig({ ...process.env, ASSISTANT_ENGINE: values.engine, ASSISTANT_PACE_MS: '0' });
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const knowledge = loadKnowledge(SUPPORT_GUIDE);
const mode = CLASSIFIER_MODES.find((m) => m === values.classifier);
if (values.classifier !== undefined && (!mode || values.engine !== 'offline')) throw new Error(`--classifier is one of ${CLASSIFIER_MODES.join(', ')}, with the offline engine`);
const engine = mode ? createOfflineEngine({ knowledge, paceMs: 0, classifier: trainIntentClassifier(loadCorpus(), { mode }) }) : createEngine(config, knowledge);
const started = performance.now();
const results = await evaluateHeldOut(engine, knowledge, splits);
const reports = Object.fromEntries(splits.map((s) => [s, summarise(results[s])]));
console.log(`\nHeld-out evaluation, engine ${engine.name}${engine.name === 'openai' ? ` (${config.OPENAI_MODEL})` : ''}${mode ? `, classifier ${mode}` : ''}, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
console.log(formatTable(reports));
for (const s of splits) if (reports[s]!.leaks.length) console.log(`\nLEAKS in ${s}:\n${reports[s]!.leaks.join('\n')}`);
if (values.failures) for (const s of splits) console.log(`\nFailures (${s}):\n${formatFailures(results[s])}`);
