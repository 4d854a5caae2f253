import type { ChatCard } from '../../shared/chat.js';
import type { Engine, EngineEvent, Turn } from '../assistant/engine.js';

/** A point a scripted answer waits at until the test opens it; `reached` settles when the answer gets there. */
export interface Gate {
  reached: Promise<void>;
  open(): void;
}

export function gate(): Gate {
  let arrive!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((r) => (arrive = r));
  const opened = new Promise<void>((r) => (release = r));
  const wait = () => {
    arrive();
    return opened;
  };
  return Object.assign({ reached, open: () => release() }, { wait });
}

export type Step =
  | { text: string }
  | { card: ChatCard }
  | { gate: Gate }
  | { fail: Error }
  /** Run a real tool of the turn's ToolBox and yield its record and cards, as an engine would. */
  | { tool: string; args: unknown };

/**
 * A deterministic streaming engine for socket tests (the real engines have tests of their own):
 * each answer plays the next queued script, or echoes the question. It records every turn it
 * was given and how each answer ended.
 */
export function createScriptedEngine() {
  const queue: Step[][] = [];
  const turns: Turn[] = [];
  const endings: ('complete' | 'aborted' | 'failed')[] = [];
  const engine: Engine = {
    name: 'offline',
    async *reply(turn: Turn): AsyncGenerator<EngineEvent> {
      turns.push(turn);
      const steps = queue.shift() ?? [{ text: 'You said: ' }, { text: turn.userText }];
      try {
        for (const step of steps) {
          if (turn.signal.aborted) return void endings.push('aborted');
          if ('text' in step) yield { type: 'text', text: step.text };
          else if ('card' in step) yield { type: 'card', card: step.card };
          else if ('gate' in step) await (step.gate as Gate & { wait(): Promise<void> }).wait();
          else if ('fail' in step) throw step.fail;
          else {
            const outcome = await turn.tools.run(step.tool, step.args);
            yield { type: 'tool', call: outcome.record };
            for (const card of outcome.cards) yield { type: 'card', card };
          }
        }
        endings.push(turn.signal.aborted ? 'aborted' : 'complete');
      } catch (err) {
        endings.push('failed');
        throw err;
      }
    },
  };
  return { engine, queue, turns, endings, script: (...steps: Step[]) => queue.push(steps) };
}
export type ScriptedEngine = ReturnType<typeof createScriptedEngine>;
