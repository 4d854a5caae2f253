// `npm run eval [-- --engine offline|openai] [--split dev|dev2|…|dev29|test|intl-en|intl-fr|intl-de|intl-es|intl2-en|intl2-es|intl3-en|intl3-es|intl4-en|intl4-es|intl5-en|intl5-es|intl6-en|intl6-es|intl7-en|intl7-es|intl8-en|intl8-es|intl8-fr|intl8-de|dev-fr|dev-de|dev-es|dev-es2|dev-es3|dev-es4|dev-es5|dev-es6|dev-fr2|dev-de2|all] [--failures] [--classifier ensemble|nlpjs|naive-bayes|nearest-neighbours]`
// The assistant's held-out evaluation (docs/ASSISTANT.md): accuracy per category for each split.
// `--engine openai` runs the same sets against OPENAI_BASE_URL / OPENAI_API_KEY / OPENAI_MODEL.
// Anything wrong with how it was started is one line on stderr and exit code 1.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../server/config.js';
import { SPLITS, type Split } from '../server/eval/heldout-set.js';
import { CLASSIFIER_MODES } from '../server/assistant/nlu/classifier-modes.js';

const NO_ENDPOINT =
  'npm run eval -- --engine openai needs an endpoint: set OPENAI_BASE_URL (any OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1) ' +
  'or OPENAI_API_KEY (OpenAI itself), and OPENAI_MODEL if not gpt-4o-mini.';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        engine: { type: 'string', default: 'offline' },
        split: { type: 'string', default: 'all' },
        failures: { type: 'boolean', default: false },
        // The built-in engine with one voice of its classifier alone (the ADR's comparison).
        classifier: { type: 'string' },
      },
    }).values;
  } catch (err) {
    return fail(`npm run eval: ${(err as Error).message}`);
  }
}

const values = readArgs();
if (values.engine !== 'offline' && values.engine !== 'openai') fail('npm run eval: --engine is offline or openai');
const splits: Split[] = values.split === 'all' ? [...SPLITS] : SPLITS.filter((s) => s === values.split);
if (!splits.length) fail(`npm run eval: --split is ${SPLITS.join(', ')} or all`);
const mode = CLASSIFIER_MODES.find((m) => m === values.classifier);
if (values.classifier !== undefined && (!mode || values.engine !== 'offline'))
  fail(`npm run eval: --classifier is one of ${CLASSIFIER_MODES.join(', ')}, with the offline engine`);
if (values.engine === 'openai' && !process.env.OPENAI_BASE_URL && !process.env.OPENAI_API_KEY) fail(NO_ENDPOINT);

let config: Config;
try {
  config = loadConfig({ ...process.env, ASSISTANT_ENGINE: values.engine, ASSISTANT_PACE_MS: '0' });
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  fail(err.message);
}
// Loaded after the checks: the engines and the app take seconds to import, a usage error should not.
const { createEngine, SUPPORT_GUIDE } = await import('../server/assistant/create-assistant.js');
const { EndpointFailing, evaluateHeldOut } = await import('../server/eval/heldout-eval.js');
const { formatFailures, formatTable, summarise } = await import('../server/eval/heldout-report.js');
const { loadKnowledge } = await import('../server/assistant/knowledge/knowledge.js');
const { trainIntentClassifier } = await import('../server/assistant/nlu/classifier.js');
const { loadCorpus } = await import('../server/assistant/nlu/corpus.js');
const { createOfflineEngine } = await import('../server/assistant/offline/offline-engine.js');
const knowledge = loadKnowledge(SUPPORT_GUIDE);
const engine = mode
  ? createOfflineEngine({ knowledge, paceMs: 0, classifier: trainIntentClassifier(loadCorpus(), { mode }) })
  : createEngine(config, knowledge);
const started = performance.now();
const results = await evaluateHeldOut(engine, knowledge, splits).catch((err: unknown) =>
  err instanceof EndpointFailing
    ? fail(`${err.message} Check OPENAI_BASE_URL, OPENAI_API_KEY and OPENAI_MODEL.`)
    : Promise.reject(err),
);
const reports = Object.fromEntries(splits.map((s) => [s, summarise(results[s])]));
console.log(
  `\nHeld-out evaluation, engine ${engine.name}${engine.name === 'openai' ? ` (${config.OPENAI_MODEL})` : ''}${mode ? `, classifier ${mode}` : ''}, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
console.log(formatTable(reports));
for (const s of splits) if (reports[s]!.leaks.length) console.log(`\nLEAKS in ${s}:\n${reports[s]!.leaks.join('\n')}`);
if (values.failures) for (const s of splits) console.log(`\nFailures (${s}):\n${formatFailures(results[s])}`);
