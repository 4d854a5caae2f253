import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, keepIdleConnections, readBody, requestLog, safeJson } from '../fake-upstream.js';
import type { Trace } from './traces.js';

export * from './traces.js';

/** What one interact request gets. */
export type FakeVoiceflowScript =
  /** The traces: as SSE frames on the stream route, as a JSON array on the whole-answer route. */
  | {
      type: 'traces';
      traces: Trace[];
      /** Wait before each frame (default 0). */
      delayMs?: number;
      /** After this many frames: stop writing and keep the connection open (a stalled runtime). */
      stallAfter?: number;
      /** After this many frames: a data line that is not JSON. */
      malformedAfter?: number;
      /** After this many frames: end the response without the `end` event. */
      cutAfter?: number;
    }
  | { type: 'status'; status: number; body?: unknown }
  /** Read the request and never answer. */
  | { type: 'hang' }
  /** A whole-answer body that is not a JSON array. */
  | { type: 'raw'; body: string };

export interface RecordedInteract {
  index: number;
  route: 'stream' | 'interact' | 'other';
  method: string;
  path: string;
  query: URLSearchParams;
  /** The user id from the path. */
  userId: string;
  headers: IncomingMessage['headers'];
  body: any;
  /** Settles when the connection is done with: true if the client went away before the answer ended. */
  closed: Promise<boolean>;
  /** `closed`, or 'still open' when the client has not let go within `ms` (a test's failure, not a hang). */
  closedWithin(ms: number): Promise<boolean | 'still open'>;
}

export interface FakeVoiceflowOptions {
  /** The API key requests must carry in `Authorization` (else 401). */
  apiKey: string;
  /** The project id of the stream route (else 404). */
  projectId?: string;
  /** false: the stream route answers 404, as a runtime without it does (default true). */
  streamRoute?: boolean;
}

export interface FakeVoiceflow {
  baseUrl: string;
  enqueue(...scripts: FakeVoiceflowScript[]): void;
  /** false: the stream route answers 404 from now on. */
  setStreamRoute(on: boolean): void;
  readonly requests: RecordedInteract[];
  /** Resolves with request `index` once it has arrived. */
  request(index: number): Promise<RecordedInteract>;
  close(): Promise<void>;
}

const STREAM = /^\/v2\/project\/([^/]+)\/user\/([^/]+)\/interact\/stream$/;
const INTERACT = /^\/state\/user\/([^/]+)\/interact$/;
const ACTIONS = new Set(['launch', 'text', 'intent', 'event', 'no-reply']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A local Voiceflow Dialog Manager API (node:http, port 0) answering the documented routes:
 * `POST /state/user/{userID}/interact` (a JSON array of traces) and
 * `POST /v2/project/{projectID}/user/{userID}/interact/stream` (SSE `event: trace` frames, then
 * `event: end`). It refuses what the real one refuses: no or a wrong key (401), a body without
 * an action (400), a path it does not have (404).
 */
export async function startFakeVoiceflow(options: FakeVoiceflowOptions): Promise<FakeVoiceflow> {
  const queue: FakeVoiceflowScript[] = [];
  const log = requestLog<RecordedInteract>();
  const { requests } = log;
  let streamRoute = options.streamRoute ?? true;

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    const stream = STREAM.exec(url.pathname);
    const interact = INTERACT.exec(url.pathname);
    let closedResolve!: (aborted: boolean) => void;
    const rec: RecordedInteract = {
      index: requests.length,
      route: stream ? 'stream' : interact ? 'interact' : 'other',
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      userId: decodeURIComponent(stream?.[2] ?? interact?.[1] ?? ''),
      headers: req.headers,
      body: safeJson(raw),
      closed: new Promise((r) => (closedResolve = r)),
      closedWithin: (ms) => {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'still open'>((r) => (timer = setTimeout(() => r('still open'), ms)));
        return Promise.race([rec.closed, late]).finally(() => clearTimeout(timer));
      },
    };
    res.on('close', () => closedResolve(!res.writableFinished));
    log.add(rec);
    if (req.method !== 'POST' || rec.route === 'other') return sendJson(res, 404, { message: 'Not Found' });
    if (rec.route === 'stream' && (!streamRoute || stream?.[1] !== options.projectId))
      return sendJson(res, 404, { message: 'Not Found' });
    if (req.headers.authorization !== options.apiKey) return sendJson(res, 401, { message: 'Unauthorized' });
    const action = rec.body?.action;
    if (typeof action !== 'object' || !ACTIONS.has(action?.type)) return sendJson(res, 400, { message: 'bad action' });
    const script = queue.shift();
    if (!script) return sendJson(res, 500, { message: 'fake-voiceflow: no script queued' });
    await answer(script, rec, res);
  });
  keepIdleConnections(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    enqueue: (...scripts) => void queue.push(...scripts),
    setStreamRoute(on) {
      streamRoute = on;
    },
    requests,
    request: log.request,
    close: () => closeServer(server),
  };
}

async function answer(script: FakeVoiceflowScript, rec: RecordedInteract, res: ServerResponse): Promise<void> {
  if (script.type === 'hang') return;
  if (script.type === 'status')
    return sendJson(res, script.status, script.body ?? { message: `status ${script.status}` });
  if (script.type === 'raw') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return void res.end(script.body);
  }
  if (rec.route === 'interact' && script.stallAfter === undefined) return sendJson(res, 200, script.traces);
  if (rec.route === 'interact') return; // a whole answer that never comes
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.flushHeaders();
  for (const [i, trace] of script.traces.entries()) {
    if (i === script.stallAfter) return;
    if (i === script.cutAfter) return void res.end();
    if (script.delayMs) await sleep(script.delayMs);
    if (res.destroyed) return;
    const data = i === script.malformedAfter ? '{"type": "text", "payl' : JSON.stringify(trace);
    res.write(`event: trace\nid: ${i + 1}\ndata: ${data}\n\n`);
  }
  if (script.stallAfter === script.traces.length) return;
  res.end(`event: end\nid: ${script.traces.length + 1}\ndata: {}\n\n`);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
