/**
 * What the fake OpenAI-compatible server answers to one request, and the SSE frames a
 * streamed answer is made of. The chunk shape follows OpenAI's `chat.completion.chunk`
 * (https://platform.openai.com/docs/api-reference/chat-streaming/streaming).
 */

/** One function call the fake model makes; `arguments` is sent split into `pieces` fragments. */
export interface FakeToolCall {
  id?: string;
  name: string;
  arguments: string;
  pieces?: number;
}

/** What goes wrong after `after` data lines have been written. */
export type FakeFault =
  /** Destroy the socket (a dropped connection). */
  | { after: number; kind: 'die' }
  /** A data line that is not JSON. */
  | { after: number; kind: 'malformed' }
  /** A chunk without a `choices` array. */
  | { after: number; kind: 'no-choices' }
  /** Stop writing and keep the connection open (an idle upstream). */
  | { after: number; kind: 'stall' }
  /** An `{ error }` data line, as OpenAI sends when it fails mid-answer. */
  | { after: number; kind: 'error-event' }
  /** End the response cleanly, without a finish reason or `[DONE]` (a truncated answer). */
  | { after: number; kind: 'end' };

export interface StreamScript {
  type: 'stream';
  /** Content pieces, one chunk each, in order. */
  tokens?: string[];
  toolCalls?: FakeToolCall[];
  /** Send the fragments of parallel calls round-robin instead of one call after the other. */
  interleave?: boolean;
  /** Default: 'tool_calls' when there are tool calls, else 'stop'. */
  finishReason?: 'stop' | 'tool_calls' | 'length';
  /** Sent in a final `choices: []` chunk when the request asked `stream_options.include_usage`. */
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** Wait before each data line (default 0: written back to back). */
  delayMs?: number;
  fault?: FakeFault;
}

/** An HTTP error before any streaming (429, 500…), with optional headers such as retry-after. */
export interface StatusScript {
  type: 'status';
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Read the request and never answer: no headers, no body. */
export interface HangScript {
  type: 'hang';
}

export type FakeScript = StreamScript | StatusScript | HangScript;

/** One SSE data line to write: a chunk object, or raw text (for malformed lines). */
export type Frame =
  | { chunk: Record<string, unknown>; content?: boolean }
  | { raw: string }
  | { die: true }
  | { stall: true }
  | { end: true };

export const text = (tokens: string[], extra: Omit<StreamScript, 'type' | 'tokens'> = {}): StreamScript => ({
  type: 'stream',
  tokens,
  ...extra,
});
export const toolCalls = (
  calls: FakeToolCall[],
  extra: Omit<StreamScript, 'type' | 'toolCalls'> = {},
): StreamScript => ({ type: 'stream', toolCalls: calls, ...extra });
export const status = (code: number, headers?: Record<string, string>, body?: unknown): StatusScript => ({
  type: 'status',
  status: code,
  headers,
  body,
});

/** Split `s` into `n` nearly equal non-empty pieces (fewer when `s` is shorter). */
export function splitInto(s: string, n: number): string[] {
  const size = Math.max(1, Math.ceil(s.length / Math.max(1, n)));
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out.length ? out : [''];
}

function toolCallDeltas(calls: FakeToolCall[], interleave: boolean): Record<string, unknown>[][] {
  const perCall: Record<string, unknown>[][] = calls.map((call, index) =>
    splitInto(call.arguments, call.pieces ?? 1).map((args, i) =>
      i === 0
        ? {
            index,
            id: call.id ?? `call_${index}_${Math.random().toString(36).slice(2, 8)}`,
            type: 'function',
            function: { name: call.name, arguments: args },
          }
        : { index, function: { arguments: args } },
    ),
  );
  if (!interleave) return perCall.flat().map((d) => [d]);
  const out: Record<string, unknown>[][] = [];
  for (let i = 0; perCall.some((p) => i < p.length); i++) {
    for (const p of perCall) {
      const d = p[i];
      if (d) out.push([d]);
    }
  }
  return out;
}

/** The frames of a streamed answer, faults included, ending with `[DONE]`. */
export function framesOf(script: StreamScript, includeUsage: boolean, model: string): Frame[] {
  const id = `chatcmpl-fake${Math.random().toString(36).slice(2, 10)}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (choices: unknown[], more: Record<string, unknown> = {}) => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    choices,
    ...more,
  });
  const delta = (d: Record<string, unknown>, finish: string | null = null) =>
    chunk([{ index: 0, delta: d, logprobs: null, finish_reason: finish }]);
  const calls = script.toolCalls ?? [];
  const frames: Frame[] = [{ chunk: delta({ role: 'assistant', content: '' }) }];
  for (const token of script.tokens ?? []) frames.push({ chunk: delta({ content: token }), content: true });
  for (const tc of toolCallDeltas(calls, script.interleave ?? false)) frames.push({ chunk: delta({ tool_calls: tc }) });
  frames.push({ chunk: delta({}, script.finishReason ?? (calls.length ? 'tool_calls' : 'stop')) });
  if (includeUsage && script.usage) {
    const u = script.usage;
    frames.push({ chunk: chunk([], { usage: { ...u, total_tokens: u.prompt_tokens + u.completion_tokens } }) });
  }
  frames.push({ raw: '[DONE]' });
  const fault = script.fault;
  if (fault) {
    const bad: Frame =
      fault.kind === 'die'
        ? { die: true }
        : fault.kind === 'stall'
          ? { stall: true }
          : fault.kind === 'end'
            ? { end: true }
            : fault.kind === 'malformed'
              ? { raw: '{"id":"broken","choices":[{"delta":{"content":"x' }
              : fault.kind === 'error-event'
                ? {
                    chunk: {
                      error: {
                        message: 'The server had an error while processing your request.',
                        type: 'server_error',
                      },
                    },
                  }
                : { chunk: { id, object: 'chat.completion.chunk', created, model } };
    frames.splice(fault.after, 0, bad);
  }
  return frames;
}
