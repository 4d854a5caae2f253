import type { ShopSocket } from './guests.js';

/** One stream as a client saw it: when it asked, and each text chunk with its arrival time (hrtime ns). */
export interface ClientStream {
  key: string;
  startNs: bigint;
  chunks: { text: string; ns: bigint }[];
  error?: string;
}

const now = () => process.hrtime.bigint();

/**
 * Ask the app over its socket (`chat:send` with `key` as the text) and record every text
 * `chat:delta` until `chat:done`. The socket must be alone in its conversation's room, so
 * every delta it gets is this answer's. The arrival is stamped first thing in the handler:
 * after Socket.IO's decoding, as a client's code would see it.
 */
export function relayedStream(socket: ShopSocket, key: string): Promise<ClientStream> {
  return new Promise((resolve) => {
    const stream: ClientStream = { key, startNs: 0n, chunks: [] };
    const onDelta = (d: { kind: string; text?: string }) => {
      const ns = now();
      if (d.kind === 'text') stream.chunks.push({ text: d.text ?? '', ns });
    };
    const end = (error?: string) => {
      socket.off('chat:delta', onDelta).off('chat:done', onDone).off('chat:error', onError);
      resolve(error ? { ...stream, error } : stream);
    };
    const onDone = () => end();
    const onError = (p: { error: { code: string } }) => end(`chat:error ${p.error.code}`);
    socket.on('chat:delta', onDelta).on('chat:done', onDone).on('chat:error', onError);
    stream.startNs = now();
    socket.emitWithAck('chat:send', { text: key, clientId: crypto.randomUUID() }).then(
      (ack) => !ack.ok && end(`chat:send ${ack.error.code}`),
      (err: Error) => end(`chat:send ${err.message}`),
    );
  });
}

/**
 * The baseline: the same kind of upstream request made directly (fetch, as the SDK does it),
 * its SSE `data:` lines parsed by hand. Every chunk of one read is stamped with the read's
 * time, taken before decoding.
 */
export async function directStream(baseURL: string, key: string): Promise<ClientStream> {
  const stream: ClientStream = { key, startNs: now(), chunks: [] };
  try {
    const res = await fetch(`${baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
      body: JSON.stringify({ model: 'fake-model', stream: true, messages: [{ role: 'user', content: key }] }),
    });
    if (!res.ok || !res.body) return { ...stream, error: `HTTP ${res.status}` };
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const part of res.body) {
      const ns = now();
      buffered += decoder.decode(part, { stream: true });
      const events = buffered.split('\n\n');
      buffered = events.pop()!;
      for (const event of events) {
        const data = event.startsWith('data: ') ? event.slice(6) : '';
        if (!data || data === '[DONE]') continue;
        const content = JSON.parse(data).choices?.[0]?.delta?.content;
        if (content) stream.chunks.push({ text: content, ns });
      }
    }
    return stream;
  } catch (err) {
    return { ...stream, error: (err as Error).message };
  }
}
