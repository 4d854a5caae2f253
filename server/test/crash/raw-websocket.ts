import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/**
 * A websocket client written byte by byte, for a test that chooses when each part leaves: the
 * upgrade request, then a frame, without waiting for the server's answer in between (a library
 * client waits for the 101 first). Reads the 101 and the server's text frames (unmasked, small).
 */
export interface RawWebSocket {
  /** The local port of the connection (to find it in tcp-queues.ts). */
  localPort: number;
  /** Writes the upgrade request for `path` and resolves once it is written. */
  upgrade(path: string, headers: Record<string, string>): Promise<void>;
  /** Writes one masked text frame and resolves once it is written. */
  sendText(text: string): Promise<void>;
  /** The first text frame that passes `wanted`; rejects if the connection closes first. */
  nextText(wanted: (text: string) => boolean): Promise<string>;
  close(): void;
}

export async function openRawWebSocket(url: string): Promise<RawWebSocket> {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect({ host: hostname, port: Number(port), noDelay: true });
  await new Promise<void>((open, fail) => socket.once('connect', open).once('error', fail));
  const texts: string[] = [];
  const waiting = new Set<() => void>();
  let received = Buffer.alloc(0);
  let upgraded = false;
  let ended: string | null = null;
  socket.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    if (!upgraded) {
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const status = received.subarray(0, received.indexOf('\r\n')).toString();
      if (!status.includes(' 101 ')) {
        ended = `the upgrade was refused: ${status}`;
        socket.destroy();
        return;
      }
      upgraded = true;
      received = received.subarray(end + 4);
    }
    for (let frame = readFrame(received); frame; frame = readFrame(received)) {
      received = received.subarray(frame.size);
      if (frame.opcode === 1) texts.push(frame.payload.toString());
    }
    for (const check of waiting) check();
  });
  socket.once('close', () => {
    ended ??= 'the connection closed';
    for (const check of waiting) check();
  });
  const write = (bytes: Buffer | string) =>
    new Promise<void>((done, fail) => socket.write(bytes, (err) => (err ? fail(err) : done())));
  return {
    localPort: socket.localPort!,
    upgrade: (path, headers) =>
      write(
        [
          `GET ${path} HTTP/1.1`,
          `Host: ${hostname}:${port}`,
          'Connection: Upgrade',
          'Upgrade: websocket',
          'Sec-WebSocket-Version: 13',
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
          ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
          '',
          '',
        ].join('\r\n'),
      ),
    sendText: (text) => write(maskedTextFrame(text)),
    nextText: (wanted) =>
      new Promise((found, fail) => {
        const check = () => {
          const text = texts.find(wanted);
          if (text !== undefined) found(text);
          else if (ended) fail(new Error(`${ended}; text frames received: ${JSON.stringify(texts)}`));
          else return;
          waiting.delete(check);
        };
        waiting.add(check);
        check();
      }),
    close: () => socket.destroy(),
  };
}

/** A client frame (RFC 6455 §5.2): FIN + text, masked, payload under 126 bytes. */
function maskedTextFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  if (payload.length >= 126) throw new Error('only small frames');
  const mask = randomBytes(4);
  const masked = payload.map((byte, i) => byte ^ mask[i % 4]!);
  return Buffer.concat([Buffer.from([0x81, 0x80 | payload.length]), mask, masked]);
}

/** One whole server frame at the start of `bytes` (unmasked, length under 2^16), or null if not all there. */
function readFrame(bytes: Buffer): { opcode: number; payload: Buffer; size: number } | null {
  if (bytes.length < 2) return null;
  let length = bytes[1]! & 0x7f;
  let start = 2;
  if (length === 126) {
    if (bytes.length < 4) return null;
    length = bytes.readUInt16BE(2);
    start = 4;
  }
  if (length === 127) throw new Error('only frames under 64 KiB');
  if (bytes.length < start + length) return null;
  return { opcode: bytes[0]! & 0x0f, payload: bytes.subarray(start, start + length), size: start + length };
}
