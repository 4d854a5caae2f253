import type { Spent } from '../lib/cpu-timer.js';
import { liveMemoryMiB, timed } from '../lib/cpu-timer.js';
import { loadTurnParts, replayDialogues, type MessageTiming } from '../lib/engine-replay.js';
import type { EngineChildResult } from '../lib/engine-child-run.js';
import { engineTree } from '../lib/engine-tree.js';
import { CLASSIFIER_FILE, timeTraining } from '../lib/engine-training.js';

/**
 * A bench child (bench/assistant-engine.ts): the test app of the tree at ENGINE_ROOT with a
 * signed-in shopper, the dialogues replayed through its offline engine once to warm up and then
 * BENCH_ENGINE_ROUNDS times timed; the figures go to the parent over IPC. One process per
 * engine, so neither's JIT state, heap or caches touch the other's figures.
 */

if (!process.send || !process.env.ENGINE_ROOT) throw new Error('run by bench/assistant-engine.ts, with ENGINE_ROOT');
const tree = engineTree(process.env.ENGINE_ROOT);
const rounds = Number(process.env.BENCH_ENGINE_ROUNDS ?? 5);

const bareMemory = liveMemoryMiB();
const { startTestApp } = await tree.load<typeof import('../../server/test/harness.js')>('server/test/harness.ts');
// The evaluation harness moved out of server/assistant/ (the baseline tree has it at the old path).
const runEval = ['server/eval/regression/run-eval.ts', 'server/assistant/offline/eval/run-eval.ts'].find(tree.has);
if (!runEval) throw new Error(`no evaluation harness in ${tree.root}`);
const { buildWorld } = await tree.load<typeof import('../../server/eval/regression/run-eval.js')>(runEval);
const parts = await loadTurnParts(tree);
const trains = tree.has(CLASSIFIER_FILE);
let startup: Spent | undefined;
if (trains) {
  const { sharedIntentClassifier } = await tree.load<typeof import('../../server/assistant/nlu/shared-classifier.js')>(
    'server/assistant/nlu/shared-classifier.ts',
  );
  startup = (await timed(() => sharedIntentClassifier())).spent;
}
const app = await startTestApp({ ASSISTANT_PACE_MS: '0', ASSISTANT_ENGINE: 'offline' });
try {
  const world = await buildWorld(app);
  await replayDialogues(app, world, parts);
  const timings: MessageTiming[] = [];
  for (let r = 0; r < rounds; r++) timings.push(...(await replayDialogues(app, world, parts)));
  const engineMemory = liveMemoryMiB();
  const training = trains ? await timeTraining(tree) : undefined;
  const result: EngineChildResult = { timings, bareMemory, engineMemory, startup, training };
  // The IPC channel keeps this process alive: let go of it once the figures are out.
  process.send(result, () => process.disconnect());
} finally {
  await app.stop();
}
