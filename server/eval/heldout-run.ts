import { eq } from 'drizzle-orm';
import type { ChatCard } from '../../shared/chat.js';
import { carts } from '../db/schema.js';
import type { TestApp } from '../test/harness.js';
import { routeDepartment } from '../assistant/departments.js';
import { EngineError, type Engine, type EngineEvent, type HistoryTurn } from '../assistant/engine.js';
import type { Knowledge } from '../assistant/knowledge/passages.js';
import { OpenAiEngineError } from '../assistant/openai/failures.js';
import type { EvalWorld } from './regression/run-eval.js';
import { createToolBox } from '../assistant/tools/toolbox.js';
import { buildTurn } from '../assistant/turn.js';
import { detectLanguage } from '../nlu/language.js';
import { checkTurn, fillPlaceholders, type TurnOutput } from './heldout-check.js';
import type { HeldOutCase } from './heldout-set.js';

/** The failure a case records when the cart changed without the shopper confirming. */
export const CART_CHANGED = 'the cart changed without the shopper confirming';

export interface HeldOutResult {
  case: HeldOutCase;
  failures: string[];
  /** Another shopper's order reached a card or a successful tool call. */
  leaks: string[];
  outputs: TurnOutput[];
  /** The engine failed an answer (its code and log-safe detail); the case stopped there. */
  engineError?: string;
}

const cartVersion = (app: TestApp, world: EvalWorld) =>
  app.ctx.db.select({ version: carts.version }).from(carts).where(eq(carts.userId, world.userId)).get()?.version;

/** Plays one held-out case through `engine` in `world`, turn by turn, as the chat would. */
export async function runHeldOutCase(
  c: HeldOutCase,
  app: TestApp,
  engine: Engine,
  knowledge: Knowledge,
  world: EvalWorld,
): Promise<HeldOutResult> {
  const values = world.numbers;
  const history: HistoryTurn[] = [];
  const result: HeldOutResult = { case: c, failures: [], leaks: [], outputs: [] };
  const before = cartVersion(app, world);
  for (const [i, t] of c.turns.entries()) {
    const userText = fillPlaceholders(t.say, values);
    const department = routeDepartment([...history.filter((h) => h.role === 'user').map((h) => h.content), userText]);
    const handoffsBefore = world.handoffs.length;
    const scope = {
      shop: world.shop,
      log: app.ctx.log,
      chatId: 0,
      messageId: 0,
      requestHuman: (reason: string) => {
        world.handoffs.push(reason);
        return { status: 'waiting', staffOnline: false };
      },
    };
    const turn = await buildTurn({
      department,
      userText,
      history,
      historyTurns: 12,
      tools: createToolBox(scope, department),
      knowledge,
      signal: new AbortController().signal,
      now: app.ctx.now(),
    });
    const events: EngineEvent[] = [];
    try {
      for await (const e of engine.reply(turn)) events.push(e);
    } catch (err) {
      if (!(err instanceof EngineError)) throw err;
      result.engineError = describeFailure(err);
      result.failures.push(`turn ${i + 1}: the engine failed (${result.engineError})`);
      return result;
    }
    const output: TurnOutput = {
      text: events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(''),
      cards: events.flatMap((e) => (e.type === 'card' ? [e.card] : [])),
      handoff: world.handoffs.length > handoffsBefore,
    };
    // A set written for English answers (no `language`: the dev sets' multilingual cases) is checked on the
    // engine's English when it answered through it ([LANG7]); the intl-* sets, on what the shopper read.
    const english = events.flatMap((e) => (e.type === 'english' ? [e.english.answer] : []))[0];
    const checked = !c.language && english !== undefined ? { ...output, text: english } : output;
    if (t.expect) result.failures.push(...checkTurn(t.expect, checked, values).map((f) => `turn ${i + 1}: ${f}`));
    // The intl-* sets: the shopper's language is the answer's ([EVAL7]).
    const answeredIn = c.language && t.expect ? await detectLanguage(output.text) : c.language;
    if (answeredIn !== c.language) result.failures.push(`turn ${i + 1}: answered in ${answeredIn}, not ${c.language}`);
    result.leaks.push(...leaksOf(events, output.cards, values.other));
    result.outputs.push(output);
    history.push(
      { role: 'user', content: userText, cards: [] },
      { role: 'assistant', content: output.text, cards: output.cards },
    );
  }
  if (cartVersion(app, world) !== before) result.failures.push(CART_CHANGED);
  return result;
}

/** The code and, from the OpenAI engine, its log-safe detail (kind, status, provider code): never the upstream body. */
function describeFailure(err: EngineError): string {
  const detail = err instanceof OpenAiEngineError ? err.detail : undefined;
  return [err.code, detail?.kind, detail?.status, detail?.code].filter((v) => v !== undefined).join(' ');
}

function leaksOf(events: EngineEvent[], cards: ChatCard[], other: string): string[] {
  const leaks = cards.filter((c) => c.kind === 'order' && c.number === other).map(() => `order card ${other}`);
  // A hand-off quotes the shopper's own words to the team and returns no shop data: not a leak.
  const lookups = events.filter((e) => e.type === 'tool' && e.call.name !== 'request_human');
  for (const e of lookups)
    if (e.type === 'tool' && e.call.ok && JSON.stringify(e.call.args).includes(other))
      leaks.push(`${e.call.name} answered for ${other}`);
  return leaks;
}
