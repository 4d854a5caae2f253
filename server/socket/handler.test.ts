import { pino } from 'pino';
import type { Socket } from 'socket.io-client';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { z } from 'zod';
import { contactMessages } from '../db/schema.js';
import { AppError } from '../errors.js';
import { ok } from '../test/ack.js';
import { nextEvent, startTestApp, type TestApp, type TestSocket } from '../test/harness.js';
import { recordEvents, refillAuthBucket, rowCount, signInStaff } from '../test/helpers.js';
import { route, type FeatureRoutes } from './routes.js';

/** Test-only events, routed through the real dispatcher of the app under test. */
const Empty = z.strictObject({}).optional();
const TEST_ROUTES: FeatureRoutes = {
  routes: [
    route('test:throw' as never, {
      schema: Empty,
      run: () => {
        throw new Error('no such table: secret_stuff in SELECT password_hash FROM users');
      },
    }),
    route('test:sql' as never, {
      schema: Empty,
      run: () => {
        throw sqlError();
      },
    }),
    route('test:reject' as never, {
      schema: Empty,
      run: async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'id')")),
    }),
    route('test:conflict' as never, {
      schema: Empty,
      run: () => {
        throw new AppError('conflict', 'taken_by', {
          params: { name: 'Ada' },
          fields: { name: { code: 'email_taken' } },
        });
      },
    }),
    route('test:not-found' as never, {
      schema: Empty,
      run: () => {
        throw new AppError('not_found');
      },
    }),
    route('test:user' as never, {
      schema: Empty,
      access: 'user',
      run: (_i, { session }) => ({ userId: session.userId }) as never,
    }),
    route('test:staff' as never, { schema: Empty, access: 'staff', run: () => ({ staff: true }) as never }),
  ],
};
let sqlError: () => Error;

const test = suite<{ app: TestApp; logs: string[] }>('socket request wrapper');

test.before(async (ctx) => {
  ctx.logs = [];
  const log = pino({ level: 'error' }, { write: (line: string) => void ctx.logs.push(line) });
  const app = await startTestApp({}, { log }, [TEST_ROUTES]);
  ctx.app = app;
  sqlError = () => {
    try {
      app.ctx.db.$client.prepare('SELECT password_hash FROM no_such_table').get();
    } catch (err) {
      return err as Error;
    }
    return new Error('expected SQLite to fail');
  };
});
test.before.each(({ app, logs }) => {
  refillAuthBucket(app);
  logs.length = 0;
});
test.after(async ({ app }) => app.stop());

type Result =
  | { ok: true; data: unknown }
  | { ok: false; error: { code: string; reason?: string; fields?: Record<string, { code: string }> } };
const call = (socket: TestSocket, event: string, ...args: unknown[]) =>
  (socket as unknown as Socket).timeout(2000).emitWithAck(event, ...args) as Promise<Result>;

/** The server still answers this socket normally. */
async function stillServing(socket: TestSocket) {
  assert.ok(socket.connected);
  ok(await socket.emitWithAck('session:whoami', {}));
}

const GOOD = { name: 'Ada', email: 'ada@example.com', topic: 'order', message: 'Where is my parcel, please?' };

const BAD_PAYLOADS: Array<[label: string, payload: unknown, fields: string[]]> = [
  [
    'wrong types',
    { name: 1, email: ['a@b.co'], topic: 5, message: { text: 'hi' } },
    ['email', 'message', 'name', 'topic'],
  ],
  ['an unknown field', { ...GOOD, userId: 1 }, ['userId']],
  ['a field named like an Object method', { ...GOOD, constructor: 'x', toString: 'y' }, ['constructor', 'toString']],
  ['missing fields', { name: 'Ada' }, ['email', 'message', 'topic']],
  ['an empty object', {}, ['email', 'message', 'name', 'topic']],
  ['null', null, ['_']],
  ['a string', 'hello', ['_']],
  ['an array', [GOOD], ['_']],
];

for (const [label, payload, fields] of BAD_PAYLOADS) {
  test(`contact:send with ${label} → bad_request naming ${fields.join(', ')}; nothing stored`, async ({ app }) => {
    const socket = await app.connect(await app.guestCookie());
    const res = await call(socket, 'contact:send', payload);
    assert.is(res.ok, false);
    if (res.ok) return;
    assert.is(res.error.code, 'bad_request');
    assert.equal(Object.keys(res.error.fields ?? {}).sort(), fields);
    assert.is(rowCount(app, contactMessages), 0);
    await stillServing(socket);
  });
}

test('a request without any payload (only an ack) is a bad_request', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const res = await call(socket, 'contact:send');
  assert.equal(res.ok ? null : [res.error.code, Object.keys(res.error.fields ?? {})], ['bad_request', ['_']]);
  await stillServing(socket);
});

test('two payloads are a bad_request', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const res = await call(socket, 'contact:send', GOOD, GOOD);
  assert.equal(res, { ok: false, error: { code: 'bad_request', reason: 'one_payload' } });
  assert.is(rowCount(app, contactMessages), 0);
});

test('a request without an ack is ignored: nothing stored, nothing breaks', async ({ app, logs }) => {
  const socket = await app.connect(await app.guestCookie());
  const seen = recordEvents(socket);
  (socket as unknown as Socket).emit('contact:send', GOOD);
  (socket as unknown as Socket).emit('session:whoami', {});
  (socket as unknown as Socket).emit('test:throw');
  await stillServing(socket); // answered after the three above, which arrived first
  assert.is(rowCount(app, contactMessages), 0);
  assert.equal(seen, []);
  assert.equal(logs, [], 'the handler did not run');
});

const INTERNAL = { ok: false, error: { code: 'internal' } };

for (const event of ['test:throw', 'test:sql', 'test:reject']) {
  test(`${event}: an unknown error is answered "internal", generic, and logged`, async ({ app, logs }) => {
    const socket = await app.connect(await app.guestCookie());
    const res = await call(socket, event, {});
    assert.equal(res, INTERNAL);
    assert.not.match(JSON.stringify(res), /password_hash|no_such_table|secret_stuff|SELECT|at |\.ts/);
    assert.is(logs.length, 1);
    const line = JSON.parse(logs[0]!) as {
      msg: string;
      event: string;
      socketId: string;
      err: { message: string; stack: string };
    };
    assert.is(line.msg, 'socket handler failed');
    assert.is(line.event, event);
    assert.is(line.socketId, socket.id);
    assert.ok(line.err.stack.length > 0, 'the details go to the log');
    await stillServing(socket);
  });
}

test('an AppError is answered with its codes only: code, reason, params and fields', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  assert.equal(await call(socket, 'test:conflict', {}), {
    ok: false,
    error: { code: 'conflict', reason: 'taken_by', params: { name: 'Ada' }, fields: { name: { code: 'email_taken' } } },
  });
  assert.equal(await call(socket, 'test:not-found', {}), { ok: false, error: { code: 'not_found' } });
  await stillServing(socket);
});

test("access 'user': a guest is unauthorized, a shopper gets through", async ({ app }) => {
  const guest = await app.connect(await app.guestCookie());
  const res = await call(guest, 'test:user', {});
  assert.is(res.ok ? 'ok' : res.error.code, 'unauthorized');
  await stillServing(guest);
  const shopper = await app.connect((await app.register()).cookie);
  const through = ok(await call(shopper, 'test:user', {})) as { userId: unknown };
  assert.type(through.userId, 'number');
});

test("access 'staff': a shopper is forbidden, staff get through", async ({ app }) => {
  const shopper = await app.connect((await app.register()).cookie);
  const res = await call(shopper, 'test:staff', {});
  assert.is(res.ok ? 'ok' : res.error.code, 'forbidden');
  await stillServing(shopper);
  const guest = await app.connect(await app.guestCookie());
  assert.is(((await call(guest, 'test:staff', {})) as { ok: boolean }).ok, false);
  const staff = await app.connect((await signInStaff(app)).cookie);
  assert.equal(await call(staff, 'test:staff', {}), { ok: true, data: { staff: true } });
});

test('a session that expired while connected: unauthorized, then session:ended "expired" and disconnect', async ({
  app,
}) => {
  const socket = await app.connect((await app.register()).cookie);
  const seen = recordEvents(socket);
  const gone = nextEvent(socket, 'disconnect');
  app.clock.advance(7 * 24 * 60 * 60_000);
  const res = await call(socket, 'session:whoami', {});
  assert.is(res.ok ? 'ok' : res.error.code, 'unauthorized');
  await gone;
  assert.equal(seen, [
    ['session:ended', { reason: 'expired' }],
    ['disconnect', 'io server disconnect'],
  ]);
});

test.run();
