import { startTestApp } from '../test/harness.js';

/**
 * Every case gets its own shoppers and sockets, all from 127.0.0.1 within one frozen minute of the
 * app's clock: the per-address limits are lifted openly here, as the benches do, or the run would
 * measure them instead of the assistant.
 */
const EVAL_ENV = {
  ASSISTANT_PACE_MS: '0',
  SOCKETS_PER_IP: '1000000',
  PASSWORD_CHECKS_PER_IP_PER_MINUTE: '100000',
  GUEST_SESSIONS_PER_IP_PER_HOUR: '1000000',
};
import type { Engine } from '../assistant/engine.js';
import type { Knowledge } from '../assistant/knowledge/passages.js';
import { buildWorld } from './regression/run-eval.js';
import { CART_CHANGED, runHeldOutCase, type HeldOutResult } from './heldout-run.js';
import { loadSplit, SPLITS, type HeldOutCase, type Split } from './heldout-set.js';

/** Cases in a row that may end in an engine error before the run gives up on the endpoint. */
export const ENGINE_FAILURES_IN_A_ROW = 3;

/** The engine failed case after case: the endpoint is down, refuses the key or does not know the model. */
export class EndpointFailing extends Error {
  override name = 'EndpointFailing';
}

/** The held-out splits from their files (never read by anyone tuning the engine: docs/ASSISTANT.md). */
export function evaluateHeldOut(
  engine: Engine,
  knowledge: Knowledge,
  splits: readonly Split[],
): Promise<Record<Split, HeldOutResult[]>> {
  return evaluateCases(engine, knowledge, Object.fromEntries(splits.map((s) => [s, loadSplit(s)])));
}

/**
 * Runs cases through an engine in a real app: a fresh database, a signed-in shopper with a paid
 * and a shipped order and a cart, and another shopper's order. No tool writes to that world (cart
 * changes are proposals; hand-offs go to the case's own list), so the cases share it, each with
 * its own history and hand-offs: building it takes ~50 ms, about four times what a case takes, and a
 * world per case made this the slowest file of `npm test`. A case that changed the cart anyway
 * fails, and the next case gets a fresh world, so it cannot hurt the next. One failed answer fails its case;
 * answers failing case after case stop the run, since every further case would only wait out retries.
 */
export async function evaluateCases(
  engine: Engine,
  knowledge: Knowledge,
  sets: Partial<Record<Split, HeldOutCase[]>>,
): Promise<Record<Split, HeldOutResult[]>> {
  const app = await startTestApp(EVAL_ENV);
  const out = Object.fromEntries(SPLITS.map((s): [Split, HeldOutResult[]] => [s, []])) as Record<
    Split,
    HeldOutResult[]
  >;
  let failingInARow = 0;
  try {
    let world = await buildWorld(app);
    for (const [split, cases] of Object.entries(sets) as [Split, HeldOutCase[]][]) {
      for (const c of cases) {
        const result = await runHeldOutCase(c, app, engine, knowledge, { ...world, handoffs: [] });
        // A case that changed the cart, or stopped on an engine error before the cart was checked, leaves a fresh world.
        if (result.failures.includes(CART_CHANGED) || result.engineError) world = await buildWorld(app);
        out[split].push(result);
        failingInARow = result.engineError ? failingInARow + 1 : 0;
        if (failingInARow >= ENGINE_FAILURES_IN_A_ROW) {
          throw new EndpointFailing(
            `The ${engine.name} engine failed ${failingInARow} cases in a row (last: ${result.engineError}); stopped.`,
          );
        }
      }
    }
  } finally {
    await app.stop();
  }
  return out;
}
