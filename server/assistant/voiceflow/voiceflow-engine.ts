import type { Engine, EngineEvent, Turn } from '../engine.js';
import { guardRequest } from '../request-guard.js';
import { MAX_TOOL_CALLS_PER_TURN } from '../tools/toolbox.js';
import { VoiceflowFailed, voiceflowError } from './failures.js';
import { interactTraces, type InteractBody, type InteractSettings, type RouteMemory } from './interact-client.js';
import { readTrace, type TraceReading, type VoiceflowCard } from './traces.js';
import { voiceflowUserId } from './user-id.js';
import { shopVariables } from './variables.js';

export interface VoiceflowEngineOptions extends Omit<InteractSettings, 'fetch'> {
  /** Signs conversation ids into Voiceflow user ids (the server's session secret). */
  userIdSecret: string;
  /** The most one turn may take, from sending to its last trace. */
  timeoutMs: number;
  /** The most the runtime may stay silent before its first trace or between two (default: timeoutMs). */
  idleTimeoutMs?: number;
  /** Where a trace type this engine does not show is noted, once per type. */
  log: { warn(details: object, message: string): void };
  fetch?: typeof globalThis.fetch;
}

/**
 * The `voiceflow` engine (docs/ARCHITECTURE.md §6, docs/decisions/033-voiceflow-engine.md): each
 * shopper message is one interact request of Voiceflow's Dialog Manager API for the
 * conversation's user id, with the shop's facts as variables; its traces become what the chat
 * shows. Voiceflow never changes the shop: a cart change it asks for is a confirm card.
 */
export function createVoiceflowEngine(options: VoiceflowEngineOptions): Engine {
  const settings: InteractSettings = { ...options, fetch: options.fetch ?? globalThis.fetch };
  const memory: RouteMemory = { streamMissing: false };
  const unknownSeen = new Set<string>();
  const noteUnknown = (type: string) => {
    if (unknownSeen.has(type)) return;
    unknownSeen.add(type);
    options.log.warn({ traceType: type }, 'voiceflow trace type not shown in the chat (ignored)');
  };
  return {
    name: 'voiceflow',
    async *reply(turn) {
      if (!turn.conversation) throw voiceflowError({ kind: 'connection' });
      const userId = voiceflowUserId(options.userIdSecret, turn.conversation.id);
      const variables = yield* shopVariables(turn);
      if (turn.signal.aborted) return;
      const body: InteractBody = {
        action: { type: 'text', payload: turn.userText },
        config: { tts: false, stripSSML: true, excludeTypes: ['block', 'debug', 'flow'] },
        state: { variables },
      };
      const guard = guardRequest(turn.signal, options.timeoutMs, options.idleTimeoutMs ?? options.timeoutMs);
      const text = paragraphs();
      try {
        for await (const trace of interactTraces(settings, memory, userId, body, guard)) {
          const reading = readTrace(trace);
          if (reading.kind === 'unknown') noteUnknown(reading.type);
          // Time spent on the shop's side (tools, the consumer) is not the runtime's silence.
          guard.hold();
          yield* show(reading, turn, text);
          if (guard.reason) break;
          guard.touch();
        }
      } catch (err) {
        if (guard.reason === 'stopped' || turn.signal.aborted) return;
        if (guard.reason) throw voiceflowError({ kind: guard.reason });
        throw voiceflowError(err instanceof VoiceflowFailed ? err.detail : { kind: 'connection' });
      } finally {
        guard.dispose();
      }
      if (guard.reason && guard.reason !== 'stopped' && !turn.signal.aborted)
        throw voiceflowError({ kind: guard.reason });
    },
  };
}

/** Joins text traces into paragraphs: a new trace (or completion) starts one, a completion's pieces continue it. */
function paragraphs() {
  let shown = false;
  let pendingBreak = false;
  return (piece: string, continues: boolean): string => {
    if (!continues && shown) pendingBreak = true;
    if (!piece) return '';
    const out = pendingBreak ? `\n\n${piece}` : piece;
    shown = true;
    pendingBreak = false;
    return out;
  };
}

async function* show(
  reading: TraceReading,
  turn: Turn,
  text: ReturnType<typeof paragraphs>,
): AsyncGenerator<EngineEvent> {
  switch (reading.kind) {
    case 'text': {
      const piece = text(reading.text, reading.continues);
      if (piece) yield { type: 'text', text: piece };
      return;
    }
    case 'quick-replies':
      if (reading.options.length) yield { type: 'card', card: { kind: 'quick-replies', options: reading.options } };
      return;
    case 'cards':
      for (const card of reading.cards) yield* showCard(card, turn, text);
      return;
    case 'end':
      yield { type: 'end' };
      return;
    case 'handoff':
      yield* runTool(turn, 'request_human', { reason: reading.reason.slice(0, 200) });
      return;
    case 'propose-cart-change':
      yield* runTool(turn, 'propose_cart_change', reading.args);
      return;
    case 'ignored':
    case 'unknown':
      return;
  }
}

/**
 * A card naming a product is the shop's own product card (facts from the catalog, never the
 * agent's words or a remote image), while a tool call is left for a hand-off; any other card
 * is its title and description as text, its buttons quick replies [VF3].
 */
async function* showCard(
  card: VoiceflowCard,
  turn: Turn,
  text: ReturnType<typeof paragraphs>,
): AsyncGenerator<EngineEvent> {
  if (card.slug && turn.tools.calls < MAX_TOOL_CALLS_PER_TURN - 1) {
    const shown = yield* runTool(turn, 'product_details', { slug: card.slug });
    if (shown) return;
  }
  const words = [card.title && `**${card.title}**`, card.description].filter(Boolean).join('\n');
  const piece = text(words, false);
  if (piece) yield { type: 'text', text: piece };
  if (card.buttons.length) yield { type: 'card', card: { kind: 'quick-replies', options: card.buttons } };
}

/** Runs one of the turn's tools for the agent: its record, and its cards. True when it showed a card. */
async function* runTool(turn: Turn, name: string, args: unknown): AsyncGenerator<EngineEvent, boolean> {
  const outcome = await turn.tools.run(name, args);
  yield { type: 'tool', call: outcome.record };
  for (const card of outcome.cards) yield { type: 'card', card };
  return outcome.cards.length > 0;
}
