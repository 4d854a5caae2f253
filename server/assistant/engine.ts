import type { ChatCard, Department, EnglishRendering } from '../../shared/chat.js';
import type { Language } from '../nlu/language.js';
import type { RankedPassage } from './knowledge/passages.js';
import type { ToolBox } from './tools/toolbox.js';

/**
 * The one interface of the assistant's engines (docs/ARCHITECTURE.md §6): given a turn's context, an
 * async stream of text pieces, cards and tool records, then the end. The offline engine, the
 * OpenAI-compatible engine and the Voiceflow engine implement it; the chat feature relays what they yield.
 */
export interface Engine {
  readonly name: 'offline' | 'openai' | 'voiceflow';
  reply(turn: Turn): AsyncIterable<EngineEvent>;
}

/** One earlier message of this conversation, oldest first (the shopper's, the assistant's, staff's). */
export interface HistoryTurn {
  role: 'user' | 'assistant' | 'staff';
  content: string;
  /** Cards shown with it (products and orders discussed: the engines' multi-turn memory). */
  cards: ChatCard[];
}

export interface Sentiment {
  /** Comparative lexicon score per word, about -5 (angry) … +5 (delighted). */
  score: number;
  /** Frustration detected: acknowledge it first; the conversation is flagged for staff. */
  frustrated: boolean;
}

export interface Turn {
  department: Department;
  /** Persona, department prompt, today's date and the language to answer in (the system message of a model). */
  systemPrompt: string;
  /** Support-guide passages retrieved for this message, best first. */
  passages: RankedPassage[];
  /** The last turns of this conversation before the message being answered. */
  history: HistoryTurn[];
  /** The shopper's message being answered. */
  userText: string;
  /** The language to answer in: the message's, or the conversation's when the message cannot tell (absent: English). */
  language?: Language;
  sentiment: Sentiment;
  /** Tools scoped to the socket's identity and this department; no tool takes a user id. */
  tools: ToolBox;
  /** Aborted by Stop, a staff take-over, or shutdown: end quietly and soon. */
  signal: AbortSignal;
  /** The conversation answered (absent in the offline engine's evaluations, which have none). */
  conversation?: TurnConversation;
}

/** Who is talking, for an engine that keeps its own state per conversation (Voiceflow's user id and variables). */
export interface TurnConversation {
  id: number;
  /** The signed-in shopper's first name; null for a guest. */
  shopperFirstName: string | null;
}

export interface ToolCallRecord {
  name: string;
  args: unknown;
  ok: boolean;
  /** One line for the transcript and staff ("Found 3 phones under $700"). */
  summary: string;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export type EngineEvent =
  | { type: 'text'; text: string }
  | { type: 'card'; card: ChatCard }
  | { type: 'tool'; call: ToolCallRecord }
  | { type: 'usage'; usage: TokenUsage }
  /** The exchange in English when the engine answered through its English (the built-in engine in fr, de, es). */
  | { type: 'english'; english: EnglishRendering }
  /** The engine ended the conversation (a Voiceflow `end` trace): it is closed once this answer is stored. */
  | { type: 'end' };

/** A failure the shopper is told about as `chat:error` (anything else is `internal`). */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(
    readonly code: 'upstream' | 'timeout',
    message: string,
  ) {
    super(message);
  }
}
