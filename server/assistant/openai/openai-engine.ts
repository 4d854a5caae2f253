import OpenAI from 'openai';
import type {
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { Engine, EngineEvent, TokenUsage, Turn } from '../engine.js';
import { MAX_TOOL_CALLS_PER_TURN } from '../tools/toolbox.js';
import { backoffDelay, classify, engineErrorFor, pause, type Classified } from './failures.js';
import { initialMessages, toolsParam } from './messages.js';
import { guardRequest, streamRound, type RoundResult } from './stream-round.js';

export interface OpenAiEngineOptions {
  apiKey: string;
  /** Any OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 (default: OpenAI's). */
  baseURL?: string;
  model: string;
  /** The most one model request may take, from sending to its last chunk. */
  timeoutMs: number;
  /** The most the model may stay silent between chunks (default: timeoutMs). */
  idleTimeoutMs?: number;
  /** Tries per model request, the first included (default 3). */
  maxAttempts?: number;
  /** First retry wait before jitter; doubles per retry (default 500). */
  backoffMs?: number;
  /** No retry waits longer, retry-after included (default 8000). */
  maxBackoffMs?: number;
  /** Rounds in which the model may call tools; the request after the last is text-only (default 3). */
  maxToolRounds?: number;
  /** The fetch the SDK uses (tests, proxies). */
  fetch?: typeof globalThis.fetch;
}

type Settings = Required<Omit<OpenAiEngineOptions, 'apiKey' | 'baseURL' | 'fetch'>>;

/**
 * The `openai` engine (docs/ARCHITECTURE.md §6): any Chat Completions endpoint through the `openai` SDK,
 * streamed, with function tools, retries before the first token, timeouts and Stop.
 */
export function createOpenAiEngine(options: OpenAiEngineOptions): Engine {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    // Retries are ours: the SDK would also retry after text was shown, and hides retry-after caps.
    maxRetries: 0,
    timeout: options.timeoutMs,
    fetch: options.fetch,
    // The SDK logs an unparsable SSE line verbatim to the console; failures reach our caller as errors instead.
    logLevel: 'off',
  });
  const settings: Settings = {
    model: options.model,
    timeoutMs: options.timeoutMs,
    idleTimeoutMs: options.idleTimeoutMs ?? options.timeoutMs,
    maxAttempts: Math.max(1, options.maxAttempts ?? 3),
    backoffMs: options.backoffMs ?? 500,
    maxBackoffMs: options.maxBackoffMs ?? 8000,
    maxToolRounds: options.maxToolRounds ?? 3,
  };
  return { name: 'openai', reply: (turn) => reply(client, settings, turn) };
}

async function* reply(client: OpenAI, s: Settings, turn: Turn): AsyncGenerator<EngineEvent> {
  const messages: ChatCompletionMessageParam[] = initialMessages(turn);
  const tools = toolsParam(turn.tools.definitions);
  const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
  let sawUsage = false;
  let hasText = false;
  for (let round = 1; ; round++) {
    const toolsAllowed = tools.length > 0 && round <= s.maxToolRounds && turn.tools.calls < MAX_TOOL_CALLS_PER_TURN;
    const body: ChatCompletionCreateParamsStreaming = {
      model: s.model,
      messages,
      stream: true,
      stream_options: { include_usage: true },
      // Past the cap the tools stay declared (the history holds tool calls) but may not be called: the model must answer.
      ...(tools.length ? { tools, tool_choice: toolsAllowed ? 'auto' : 'none' } : {}),
    };
    const result: RoundResult | null = yield* requestWithRetry(client, s, body, turn, hasText ? '\n\n' : '');
    if (!result) return;
    hasText ||= result.text.length > 0;
    if (result.usage) {
      sawUsage = true;
      usage.promptTokens += result.usage.promptTokens;
      usage.completionTokens += result.usage.completionTokens;
    }
    if (!result.calls.length || !toolsAllowed) break;
    if (!(yield* runTools(turn, result, messages))) return;
  }
  if (sawUsage) yield { type: 'usage', usage };
}

/**
 * One model request, sent again on a retriable failure while it has shown no text: a request
 * that streamed nothing visible (tool-call fragments are only run at its end) can be resent
 * without the shopper seeing anything twice. Returns null when the turn was stopped.
 */
async function* requestWithRetry(
  client: OpenAI,
  s: Settings,
  body: ChatCompletionCreateParamsStreaming,
  turn: Turn,
  lead: string,
): AsyncGenerator<EngineEvent, RoundResult | null> {
  for (let attempt = 1; ; attempt++) {
    const guard = guardRequest(turn.signal, s.timeoutMs, s.idleTimeoutMs);
    const progress = { text: false };
    let failure: Classified | undefined;
    try {
      const result = yield* streamRound(client, body, guard, progress, lead);
      if (!guard.reason) return result;
    } catch (err) {
      if (!guard.reason) failure = classify(err);
    } finally {
      guard.dispose();
    }
    if (guard.reason === 'stopped' || turn.signal.aborted) return null;
    // A timeout is not retried: the shopper has already waited the whole of it.
    failure ??= { detail: { kind: guard.reason === 'idle' ? 'idle' : 'timeout' }, retriable: false };
    if (!failure.retriable || progress.text || attempt >= s.maxAttempts) throw engineErrorFor(failure, attempt);
    if (!(await pause(backoffDelay(attempt, s.backoffMs, s.maxBackoffMs, failure.retryAfterMs), turn.signal)))
      return null;
  }
}

/** Runs the round's calls in order, shows their records and cards, and appends the results for the next request. */
async function* runTools(
  turn: Turn,
  result: RoundResult,
  messages: ChatCompletionMessageParam[],
): AsyncGenerator<EngineEvent, boolean> {
  messages.push({
    role: 'assistant',
    content: result.text || null,
    tool_calls: result.calls.map((c) => ({
      id: c.id,
      type: 'function',
      function: { name: c.name, arguments: c.arguments },
    })),
  });
  for (const call of result.calls) {
    if (turn.signal.aborted) return false;
    const outcome = await turn.tools.run(call.name, call.arguments);
    if (turn.signal.aborted) return false;
    yield { type: 'tool', call: outcome.record };
    for (const card of outcome.cards) yield { type: 'card', card };
    messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(outcome.result ?? null) });
  }
  return true;
}
