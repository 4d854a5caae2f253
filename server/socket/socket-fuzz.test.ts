import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Socket } from 'socket.io-client';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { RequestEvent } from '../../shared/events.js';
import { FIELD_CODES } from '../../shared/field-errors.js';
import { ERROR_CODES, ERROR_REASONS } from '../../shared/result.js';
import { FUZZ_SHAPES, MAX_ATTACHMENTS, type FuzzShape } from '../test/fuzz-shapes.js';
import { EVENT_TEMPLATES } from '../test/fuzz-templates.js';
import { startTestApp, type TestApp, type TestSocket } from '../test/harness.js';
import { signInStaff } from '../test/helpers.js';
import { captureLog } from '../test/log-capture.js';

/**
 * Every socket event, sent malformed by a guest, a shopper and a staff member: each request is
 * answered with a typed error (never `internal`), nothing reaches the error log, nothing is
 * stored, and the connection keeps serving.
 */
const ROLES = ['guest', 'shopper', 'staff'] as const;
type Role = (typeof ROLES)[number];

/** Shapes an event legitimately accepts: whoami may be asked without a payload. */
const VALID: Partial<Record<RequestEvent, string[]>> = { 'session:whoami': ['no payload'] };

const EVENTS_FILE = fileURLToPath(new URL('../../shared/events.ts', import.meta.url));

/** The request names declared in ClientToServerEvents, read from the source itself. */
function declaredEvents(): string[] {
  const source = readFileSync(EVENTS_FILE, 'utf8');
  const body = /export interface ClientToServerEvents \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  return [...body.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]!).sort();
}

const test = suite<{
  app: TestApp;
  logs: ReturnType<typeof captureLog>;
  sockets: Record<Role, TestSocket>;
  sent: number;
}>('socket fuzz: every event, malformed, as guest, shopper and staff');

test.before(async (ctx) => {
  ctx.logs = captureLog();
  // The per-session bucket would answer most of these `rate_limited` before their payload is read.
  ctx.app = await startTestApp({}, { log: ctx.logs.log, socketRateLimit: { capacity: 1_000_000, refillPerSecond: 1 } });
  const { app } = ctx;
  ctx.sockets = {
    guest: await app.connect(await app.guestCookie()),
    shopper: await app.connect((await app.register()).cookie),
    staff: await app.connect((await signInStaff(app)).cookie),
  };
  ctx.sent = 0;
});
test.after(async ({ app, sent }) => {
  const perEvent = Object.values(EVENT_TEMPLATES).map((t) => FUZZ_SHAPES.filter((shape) => shape.args(t)).length);
  const shapes = `${Math.min(...perEvent)}–${Math.max(...perEvent)}`;
  console.log(`  socket fuzz: ${perEvent.length} events × ${shapes} shapes × ${ROLES.length} roles = ${sent} requests`);
  await app.stop();
});

test('every event of ClientToServerEvents has a fuzz template and a server handler', ({ app }) => {
  const declared = declaredEvents();
  assert.ok(declared.length > 40, `parsed ${declared.length} events from shared/events.ts`);
  assert.equal(Object.keys(EVENT_TEMPLATES).sort(), declared, 'fuzz-templates.ts lists exactly the declared events');
  assert.equal([...app.routes.keys()].sort(), declared, 'the server routes exactly the declared events');
});

type Ack = { ok: true; data: unknown } | { ok: false; error: Record<string, unknown> };

/**
 * A typed error in the one shape, codes only: a known code other than `internal`, a known reason
 * if any, a known code per field; no sentences.
 */
function assertTypedError(res: Ack, label: string): void {
  const text = `${label}: ${JSON.stringify(res).slice(0, 300)}`;
  assert.is(res.ok, false, text);
  if (res.ok) return;
  const { code, reason, params, fields, retryAfterMs, ...rest } = res.error;
  assert.ok(ERROR_CODES.includes(code as never) && code !== 'internal', text);
  assert.ok(reason === undefined || ERROR_REASONS.includes(reason as never), text);
  assert.ok(params === undefined || typeof params === 'object', text);
  assert.equal(Object.keys(rest), [], text);
  assert.is(retryAfterMs, undefined, text);
  if (fields !== undefined)
    assert.ok(
      Object.values(fields as object).every((issue: { code?: unknown }) => FIELD_CODES.includes(issue.code as never)),
      text,
    );
}

function tableCounts(app: TestApp): Record<string, number> {
  const db = app.ctx.db.$client;
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

async function send(socket: TestSocket, event: string, shape: FuzzShape, args: unknown[]): Promise<Ack | null> {
  const raw = socket as unknown as Socket;
  if (shape.noAck) {
    raw.emit(event, ...args);
    return null;
  }
  return (await raw.timeout(2000).emitWithAck(event, ...args)) as Ack;
}

async function fuzzEvent(
  app: TestApp,
  logs: ReturnType<typeof captureLog>,
  socket: TestSocket,
  role: Role,
  event: RequestEvent,
) {
  logs.lines.length = 0;
  const before = tableCounts(app);
  let sent = 0;
  for (const shape of FUZZ_SHAPES) {
    const args = shape.args(EVENT_TEMPLATES[event]);
    if (!args) continue;
    sent++;
    const label = `${role} ${event} with ${shape.name}`;
    let res: Ack | null;
    try {
      res = await send(socket, event, shape, args);
    } catch (err) {
      throw new Error(`${label}: ${(err as Error).message}`); // a timeout or a dropped connection, named
    }
    if (res && !VALID[event]?.includes(shape.name)) assertTypedError(res, label);
  }
  // Answered after every request above (one connection keeps order), including those sent without an ack.
  const alive = (await (socket as unknown as Socket).timeout(2000).emitWithAck('session:whoami', {})) as Ack;
  assert.ok(alive.ok && socket.connected, `${role} ${event}: the connection still serves`);
  assert.equal(logs.errors(), [], `${role} ${event}: nothing at error level`);
  assert.equal(tableCounts(app), before, `${role} ${event}: no table changed its row count`);
  return sent;
}

for (const role of ROLES) {
  test(`as ${role}: every event answers every malformed shape with a typed error, stores nothing, logs no error`, async (ctx) => {
    for (const event of Object.keys(EVENT_TEMPLATES) as RequestEvent[]) {
      ctx.sent += await fuzzEvent(ctx.app, ctx.logs, ctx.sockets[role], role, event);
    }
  });
}

const UNKNOWN_EVENTS = [
  'cart:nope',
  'Cart:add',
  'cart:add ',
  'staff',
  'error',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  '',
];

test('an event no feature handles is answered not_found at once (not left to time out), for every role', async ({
  logs,
  sockets,
}) => {
  for (const role of ROLES) {
    const raw = sockets[role] as unknown as Socket;
    for (const event of UNKNOWN_EVENTS) {
      raw.emit(event, { x: 1 }); // without an ack: ignored
      const res = (await raw.timeout(1000).emitWithAck(event, { x: 1 })) as Ack;
      assert.equal(
        res,
        { ok: false, error: { code: 'not_found', reason: 'no_such_request' } },
        `${role} ${JSON.stringify(event)}`,
      );
    }
    assert.ok(((await raw.emitWithAck('session:whoami', {})) as Ack).ok);
  }
  assert.equal(logs.errors(), []);
});

test('a packet past the attachment limit closes only its own connection, unlogged', async ({ app, logs, sockets }) => {
  const socket = await app.connect(await app.guestCookie());
  const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
  const buffers = Array.from({ length: MAX_ATTACHMENTS + 1 }, () => Buffer.from('x'));
  (socket as unknown as Socket).emit('cart:add', { variantId: buffers });
  assert.is(await closed, 'transport close');
  assert.ok(((await sockets.guest.emitWithAck('session:whoami', {})) as Ack).ok, 'other connections go on');
  assert.equal(logs.errors(), []);
});

test('the server is still up for new connections and HTTP', async ({ app }) => {
  const fresh = await app.connect(await app.guestCookie());
  assert.ok(((await fresh.emitWithAck('session:whoami', {})) as Ack).ok);
  assert.is((await app.api('/healthz')).status, 200);
});

test.run();
