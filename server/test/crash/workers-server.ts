import { createServer } from 'node:net';
import { join } from 'node:path';
import { cookieFrom, type TestSocket } from '../harness.js';
import { startServer, type ServerProcess } from './server-process.js';
import { connect } from './shopper.js';

/** The server started with WORKERS=2, and a way to reach each worker on its own. */
export interface WorkersServer extends ServerProcess {
  /** http://127.0.0.1:<port> of worker `slot` alone (WORKER_DIRECT_PORT_BASE + slot), bypassing the primary. */
  direct(slot: number): string;
  /** Resolves once `count` workers have said ready since the start (replacements included), with every ready line so far. */
  workersReady(count: number): Promise<WorkerReadyLine[]>;
}

/** What a worker logs once it serves ('worker ready', server/serve/worker.ts). */
export interface WorkerReadyLine {
  worker: number;
  leader: boolean;
  pid: number;
  jobs: string[];
}

const READY = '"msg":"worker ready"';

/**
 * A check of the output for the `count`-th occurrence of `text`, reading only what was added
 * since it last looked (the output of a long run grows large, and is checked on every chunk).
 */
function occurs(text: string, count: number): (output: string) => boolean {
  let seen = 0;
  let from = 0;
  return (output) => {
    for (let at = output.indexOf(text, from); at !== -1; at = output.indexOf(text, from)) {
      seen++;
      from = at + text.length;
    }
    from = Math.max(from, output.length - text.length);
    return seen >= count;
  };
}

/** The JSON log lines of the server's output whose message is `msg`, parsed. */
export const logLines = (output: string, msg: string): Array<Record<string, unknown>> =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{') && JSON.parse(line).msg === msg)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const bind = (port: number) =>
  new Promise<ReturnType<typeof createServer> | null>((done) => {
    const server = createServer();
    server.once('error', () => done(null));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => done(server));
  });

/** A port p, from the system's free ones, with p + 1 … p + count - 1 free too when asked. */
async function freePortRun(count: number): Promise<number> {
  for (;;) {
    const first = await bind(0);
    const base = (first!.address() as { port: number }).port;
    const rest = await Promise.all(Array.from({ length: count - 1 }, (_, i) => bind(base + 1 + i)));
    for (const server of [first, ...rest]) server?.close();
    if (rest.every(Boolean) && base + count < 65_000) return base;
  }
}

/**
 * The bundled server (server-process.ts) with WORKERS=2 in `dir`: resolves once the primary
 * listens, which it does only when both workers are ready. Each worker also listens on a port of
 * its own (the test-only WORKER_DIRECT_PORT_BASE), so a test puts a client on a chosen process.
 */
export async function startWorkers(
  bundle: string,
  dir: string,
  env: Record<string, string> = {},
): Promise<WorkersServer> {
  const base = await freePortRun(2);
  const server = await startServer(bundle, {
    NODE_ENV: 'test',
    PORT: '0',
    WORKERS: '2',
    WORKER_DIRECT_PORT_BASE: String(base),
    DATA_DIR: dir,
    DATABASE_FILE: join(dir, 'app.db'),
    BCRYPT_COST: '4',
    LOG_LEVEL: 'info',
    FULFILMENT_STEP_MS: '0',
    ASSISTANT_PACE_MS: '0',
    ...env,
  });
  const ready = (output: string) => logLines(output, 'worker ready') as unknown as WorkerReadyLine[];
  return {
    ...server,
    direct: (slot) => `http://127.0.0.1:${base + slot}`,
    workersReady: async (count) => ready(await server.outputMatching(occurs(READY, count))),
  };
}

/** A new guest's session cookie from the process at `url`. */
export async function guestCookie(url: string): Promise<string> {
  return cookieFrom(await fetch(`${url}/api/auth/me`, { headers: { origin: url } }));
}

/** A tab on the process at `url`, kept in `ctx.sockets` so the suite's end closes it. */
export async function tab(ctx: { sockets: TestSocket[] }, url: string, cookie: string): Promise<TestSocket> {
  const socket = await connect(url, cookie);
  ctx.sockets.push(socket);
  return socket;
}
