import { startTestApp } from '../../test/harness.js';
import type { Engine } from '../engine.js';
import type { Knowledge } from '../knowledge/passages.js';
import { buildWorld } from '../offline/eval/run-eval.js';
import { runHeldOutCase, type HeldOutResult } from './heldout-run.js';
import { loadSplit, type Split } from './heldout-set.js';

/**
 * Runs the held-out splits through an engine in a real app: a fresh database, a signed-in
 * shopper with a paid and a shipped order and a cart, and another shopper's order. Each case
 * gets a fresh world so one case's hand-off or history cannot help or hurt the next.
 */
export async function evaluateHeldOut(engine: Engine, knowledge: Knowledge, splits: readonly Split[]): Promise<Record<Split, HeldOutResult[]>> {
  const app = await startTestApp({ ASSISTANT_PACE_MS: '0' });
  const out = { dev: [], test: [] } as Record<Split, HeldOutResult[]>;
  try {
    for (const split of splits) {
      for (const c of loadSplit(split)) out[split].push(await runHeldOutCase(c, app, engine, knowledge, await buildWorld(app)));
    }
  } finally {
    await app.stop();
  }
  return out;
}
