import type { EngineEvent } from '../engine.js';

/** "Hello there, friend." → ["Hello there, ", "friend."]: a word or two per piece, whitespace kept. */
export function chunkText(text: string, wordsPerChunk = 2): string[] {
  const words = text.match(/\s*\S+\s*/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerChunk) chunks.push(words.slice(i, i + wordsPerChunk).join(''));
  return chunks;
}

/** Resolves after `ms`, or at once when the signal aborts (never rejects: a stopped answer just ends). */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** The text as paced `text` events; stops quietly at the first chunk after an abort. */
export async function* streamText(text: string, paceMs: number, signal: AbortSignal): AsyncGenerator<EngineEvent> {
  const chunks = chunkText(text);
  for (let i = 0; i < chunks.length; i++) {
    if (signal.aborted) return;
    yield { type: 'text', text: chunks[i]! };
    if (i < chunks.length - 1) await pause(paceMs, signal);
  }
}
