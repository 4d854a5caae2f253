/** One server-sent event: its `event:` name (default `message`) and its `data:` lines joined. */
export interface SseFrame {
  event: string;
  data: string;
}

/**
 * The events of a text/event-stream body, as they arrive (https://html.spec.whatwg.org/multipage/server-sent-events.html):
 * frames end at a blank line; `data:` lines join with a newline; comments (`:`) and `id:`/`retry:` are skipped.
 */
export async function* readSse(body: AsyncIterable<Uint8Array>): AsyncGenerator<SseFrame> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const bytes of body) {
    buffer += decoder.decode(bytes, { stream: true });
    yield* takeFrames();
  }
  buffer += `${decoder.decode()}\n\n`;
  yield* takeFrames();

  function* takeFrames(): Generator<SseFrame> {
    // A \r at the end may be the first half of a \r\n still to come.
    const held = buffer.endsWith('\r') ? '\r' : '';
    buffer = buffer.slice(0, buffer.length - held.length).replace(/\r\n?/g, '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const frame = parseFrame(block);
      if (frame) yield frame;
    }
    buffer += held;
  }
}

function parseFrame(block: string): SseFrame | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length || event !== 'message' ? { event, data: data.join('\n') } : null;
}
