import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, keepIdleConnections, readBody, requestLog, safeJson } from '../fake-upstream.js';
import { framesOf, type FakeScript, type Frame, type StreamScript } from './scripts.js';

export * from './scripts.js';

/** What the fake server saw of one request. */
export interface RecordedRequest {
  /** 0-based, in arrival order. */
  index: number;
  path: string;
  headers: IncomingMessage['headers'];
  /** The parsed JSON body (messages, tools, tool_choice, stream_options…). */
  body: any;
  /** performance.now() when the body had arrived. */
  receivedAt: number;
  /** The client closed the connection before the answer was complete. */
  aborted: boolean;
  /** Settles when the connection is done with: true if the client aborted it. */
  closed: Promise<boolean>;
  /**
   * With `stampChunks`: each content chunk's text and write time, in order — the same
   * `x_sent_ns` the chunk carries, kept here because an engine relays only the text.
   */
  sent: { text: string; ns: bigint }[];
}

export interface FakeOpenAiOptions {
  /** Stamp each content chunk with `x_sent_ns` (process.hrtime.bigint() at write, as a string). */
  stampChunks?: boolean;
  /** Answer with this when the queue is empty (a benchmark's endless model); else a 500 says so. */
  fallback?: FakeScript;
}

export interface FakeOpenAi {
  /** e.g. http://127.0.0.1:41234/v1 — the SDK's `baseURL`. */
  baseURL: string;
  /** Queue scripts: each request takes the next one. */
  enqueue(...scripts: FakeScript[]): void;
  readonly requests: RecordedRequest[];
  /** Resolves with request `index` once it has arrived. */
  request(index: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A local OpenAI-compatible Chat Completions server (node:http, port 0) that speaks the real
 * SSE wire format, scripted per request. A test fixture, and the upstream of the relay benchmark.
 */
export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  const queue: FakeScript[] = [];
  const log = requestLog<RecordedRequest>();
  const { requests } = log;

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let closedResolve!: (aborted: boolean) => void;
    const rec: RecordedRequest = {
      index: requests.length,
      path: req.url ?? '',
      headers: req.headers,
      body: safeJson(raw),
      receivedAt: performance.now(),
      aborted: false,
      closed: new Promise((r) => (closedResolve = r)),
      sent: [],
    };
    res.on('close', () => {
      // 'close' before the response ended: the client went away (or a 'die' fault cut it).
      rec.aborted = !res.writableFinished;
      closedResolve(rec.aborted);
    });
    log.add(rec);
    if (req.method !== 'POST' || !rec.path.endsWith('/chat/completions'))
      return sendJson(res, 404, { error: { message: 'Not found', type: 'invalid_request_error' } });
    const script = queue.shift() ?? options.fallback;
    if (!script)
      return sendJson(res, 500, { error: { message: 'fake-openai: no script queued', type: 'server_error' } });
    await answer(script, rec, res, options.stampChunks ?? false);
  });
  keepIdleConnections(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    enqueue: (...scripts) => void queue.push(...scripts),
    requests,
    request: log.request,
    close: () => closeServer(server),
  };
}

async function answer(script: FakeScript, rec: RecordedRequest, res: ServerResponse, stamp: boolean): Promise<void> {
  if (script.type === 'hang') return;
  if (script.type === 'status') {
    const payload = script.body ?? { error: { message: `fake-openai: status ${script.status}`, type: 'server_error' } };
    return sendJson(res, script.status, payload, script.headers);
  }
  await stream(script, rec, res, stamp);
}

async function stream(script: StreamScript, rec: RecordedRequest, res: ServerResponse, stamp: boolean): Promise<void> {
  const body = rec.body;
  const frames = framesOf(script, body?.stream_options?.include_usage === true, String(body?.model ?? 'fake-model'));
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.flushHeaders();
  let flushed: Promise<unknown> = Promise.resolve();
  for (const frame of frames) {
    if (script.delayMs) await sleep(script.delayMs);
    if (res.destroyed) return;
    if ('die' in frame) {
      // Let the lines before it reach the client: destroy() drops whatever is still buffered.
      await flushed;
      return void res.socket?.destroy();
    }
    if ('stall' in frame) return;
    if ('end' in frame) break;
    flushed = new Promise((r) => res.write(`data: ${serialise(frame, stamp ? rec.sent : null)}\n\n`, r));
  }
  res.end();
}

/** The data of one line; a content chunk is stamped (and the stamp kept in `sent`) when `sent` is given. */
function serialise(
  frame: Exclude<Frame, { die: true } | { stall: true } | { end: true }>,
  sent: RecordedRequest['sent'] | null,
): string {
  if ('raw' in frame) return frame.raw;
  if (!sent || !frame.content) return JSON.stringify(frame.chunk);
  // Stamped last, right before the write, so the time is the write's and not the script's.
  const ns = process.hrtime.bigint();
  const choice = (frame.chunk.choices as { delta: { content: string } }[])[0];
  sent.push({ text: choice?.delta.content ?? '', ns });
  return JSON.stringify({ ...frame.chunk, x_sent_ns: ns.toString() });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
