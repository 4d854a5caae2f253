import type OpenAI from 'openai';
import type { ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { EngineEvent, TokenUsage } from '../engine.js';
import { UpstreamProtocolError } from './failures.js';

/** One function call of the model, put together from its streamed fragments. */
export interface AssembledCall {
  id: string;
  name: string;
  arguments: string;
}

export interface RoundResult {
  text: string;
  calls: AssembledCall[];
  usage: TokenUsage | null;
}

export { guardRequest, type RequestGuard, type StopReason } from '../request-guard.js';
import type { RequestGuard } from '../request-guard.js';

/** Fragments by `index`: the first carries id and name, the rest append to the arguments (as the SDK's own accumulator does). */
function assemble(
  calls: AssembledCall[],
  fragments: NonNullable<ChatCompletionChunk.Choice.Delta['tool_calls']>,
): void {
  for (const f of fragments) {
    calls[f.index] ??= { id: '', name: '', arguments: '' };
    const call = calls[f.index] as AssembledCall;
    if (f.id) call.id = f.id;
    if (f.function?.name) call.name = f.function.name;
    if (f.function?.arguments) call.arguments += f.function.arguments;
  }
}

/**
 * One streamed request: yields text deltas as they arrive and returns the round's text, tool
 * calls and usage. `lead` goes before the first text (a paragraph break after an earlier round's
 * text); `progress.text` turns true with the first text yielded, after which a retry would repeat it.
 */
export async function* streamRound(
  client: OpenAI,
  body: ChatCompletionCreateParamsStreaming,
  guard: RequestGuard,
  progress: { text: boolean },
  lead: string,
): AsyncGenerator<EngineEvent, RoundResult> {
  const stream = await client.chat.completions.create(body, { signal: guard.signal });
  guard.touch();
  const sparse: AssembledCall[] = [];
  let text = '';
  let usage: TokenUsage | null = null;
  let finished = false;
  for await (const chunk of stream) {
    guard.touch();
    // Without `choices` the chunk is not Chat Completions at all; the usage chunk has `choices: []`.
    if (!chunk || !Array.isArray(chunk.choices)) throw new UpstreamProtocolError('malformed');
    if (chunk.usage)
      usage = { promptTokens: chunk.usage.prompt_tokens ?? 0, completionTokens: chunk.usage.completion_tokens ?? 0 };
    const choice = chunk.choices[0];
    if (!choice) continue;
    if (choice.delta?.tool_calls) assemble(sparse, choice.delta.tool_calls);
    if (choice.finish_reason) finished = true;
    const piece = choice.delta?.content;
    if (!piece) continue;
    const out = progress.text || !lead ? piece : lead + piece;
    text += piece;
    progress.text = true;
    guard.hold();
    yield { type: 'text', text: out };
    if (guard.reason) break;
    guard.touch();
  }
  if (!guard.reason && !finished) throw new UpstreamProtocolError('truncated');
  const calls = sparse.filter(Boolean).map((c, i) => ({ ...c, id: c.id || `call_${i}` }));
  return { text, calls, usage };
}
