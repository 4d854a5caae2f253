import type { HistoryTurn, EngineEvent } from '../../server/assistant/engine.js';
import type { routeDepartment } from '../../server/assistant/departments.js';
import type { createToolBox, ToolScope } from '../../server/assistant/tools/toolbox.js';
import type { buildTurn } from '../../server/assistant/turn.js';
import type { EvalWorld } from '../../server/eval/regression/run-eval.js';
import type { TestApp } from '../../server/test/harness.js';
import { timed, type Spent } from './cpu-timer.js';
import { ENGINE_DIALOGUES } from './engine-dialogues.js';
import type { EngineTree } from './engine-tree.js';

export interface MessageTiming extends Spent {
  message: string;
}

interface TurnParts {
  routeDepartment: typeof routeDepartment;
  createToolBox: typeof createToolBox;
  buildTurn: typeof buildTurn;
}

/** How the chat hub builds a turn, loaded from the measured tree (the same three calls in both trees). */
export async function loadTurnParts(tree: EngineTree): Promise<TurnParts> {
  const [departments, toolbox, turn] = await Promise.all([
    tree.load<typeof import('../../server/assistant/departments.js')>('server/assistant/departments.ts'),
    tree.load<typeof import('../../server/assistant/tools/toolbox.js')>('server/assistant/tools/toolbox.ts'),
    tree.load<typeof import('../../server/assistant/turn.js')>('server/assistant/turn.ts'),
  ]);
  return {
    routeDepartment: departments.routeDepartment,
    createToolBox: toolbox.createToolBox,
    buildTurn: turn.buildTurn,
  };
}

/**
 * What the tools act for. This tree's world carries the shopper's shop (the port in
 * server/assistant/assistant.ts); a baseline tree from before it took the app's context and the session.
 */
function toolScope(app: TestApp, world: EvalWorld): ToolScope {
  const common = { chatId: 0, messageId: 0, requestHuman: () => ({ status: 'waiting', staffOnline: false }) };
  if ('shop' in world) return { ...common, shop: world.shop, log: app.ctx.log };
  const { session } = world as unknown as { session: unknown };
  return { ...common, ctx: app.ctx, session } as unknown as ToolScope;
}

const fill = (text: string, world: EvalWorld) =>
  text.replace(/\{(paid|shipped)\}/g, (_, key: 'paid' | 'shipped') => world.numbers[key]);

/**
 * Every dialogue once, each message through the app's engine `reply()` as the chat hub sends it
 * (department routed on the first message, the earlier turns as history). Only `reply()` is
 * timed: the turn's passage retrieval and sentiment happen before it, outside the engine.
 */
export async function replayDialogues(app: TestApp, world: EvalWorld, parts: TurnParts): Promise<MessageTiming[]> {
  const { engine, knowledge, historyTurns } = app.ctx.assistant;
  const timings: MessageTiming[] = [];
  for (const dialogue of ENGINE_DIALOGUES) {
    const history: HistoryTurn[] = [];
    const department = parts.routeDepartment([fill(dialogue[0]!, world)]);
    for (const said of dialogue) {
      const userText = fill(said, world);
      const tools = parts.createToolBox(toolScope(app, world), department);
      const turn = await parts.buildTurn({
        department,
        userText,
        history,
        historyTurns,
        tools,
        knowledge,
        signal: new AbortController().signal,
      });
      const { value: events, spent } = await timed(async () => {
        const events: EngineEvent[] = [];
        for await (const e of engine.reply(turn)) events.push(e);
        return events;
      });
      const text = events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join('');
      if (!text.trim())
        throw new Error(`the engine answered "${userText}" with no text: the figures would not be of answers`);
      timings.push({ message: userText, ...spent });
      history.push(
        { role: 'user', content: userText, cards: [] },
        { role: 'assistant', content: text, cards: events.flatMap((e) => (e.type === 'card' ? [e.card] : [])) },
      );
    }
  }
  return timings;
}
