import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase, type Db } from './db/client.js';
import { chatMessages, chats, contactMessages, loginAttempts, sessions } from './db/schema.js';
import { createLogger } from './log.js';
import { ANSWER_STALE_MS } from './features/chat/answer-owner.js';
import { start } from './start.js';
import { EVERY_JOB } from './test/start-jobs.js';

const DAY = 24 * 60 * 60_000;
const NOW = Date.UTC(2025, 0, 15, 12);

/** A database a killed process left behind: an answer still streaming, and rows the maintenance purges. */
function leftBehind(db: Db): void {
  const live = { createdAt: NOW - DAY, lastSeenAt: NOW - 60_000, expiresAt: NOW + DAY };
  db.insert(sessions)
    .values([
      { id: 'live', ...live },
      { id: 'expired', createdAt: NOW - 40 * DAY, lastSeenAt: NOW - 31 * DAY, expiresAt: NOW - 10 * DAY },
    ])
    .run();
  const chat = { department: 'sales', createdAt: NOW - DAY, updatedAt: NOW - DAY, currentAt: NOW - DAY } as const;
  const [kept, orphan] = db
    .insert(chats)
    .values([
      { sessionId: 'live', ...chat },
      { sessionId: 'gone', ...chat },
    ])
    .returning()
    .all();
  if (!kept || !orphan) throw new Error('the conversations were not stored');
  db.insert(chatMessages)
    .values([
      { chatId: kept.id, role: 'user', status: 'complete', content: 'Hello?', createdAt: NOW - 2000 },
      { chatId: kept.id, role: 'assistant', status: 'streaming', content: 'Hi, let me', createdAt: NOW - 1000 },
      { chatId: orphan.id, role: 'user', status: 'complete', content: 'Anyone?', createdAt: NOW - DAY },
    ])
    .run();
  db.insert(loginAttempts)
    .values({ key: 'ip:192.0.2.1', failures: 3, lastFailureAt: NOW - 2 * DAY, blockedUntil: 0 })
    .run();
  db.insert(contactMessages)
    .values({ name: 'Ada', email: 'ada@example.com', topic: 'other', message: 'Hi', createdAt: NOW - 400 * DAY })
    .run();
}

/** Every row start-up work could touch, and the connection's count of changed rows. */
const snapshot = (db: Db) => ({
  sessions: db.select({ id: sessions.id }).from(sessions).all(),
  chats: db.select({ id: chats.id }).from(chats).all(),
  messages: db.select({ status: chatMessages.status, errorCode: chatMessages.errorCode }).from(chatMessages).all(),
  loginAttempts: db.select({ key: loginAttempts.key }).from(loginAttempts).all(),
  contactMessages: db.select({ id: contactMessages.id }).from(contactMessages).all(),
  changes: db.$client.prepare('select total_changes() as n').get(),
});

/** Timers set and cleared while `run` runs (and later, until `restore`). */
function spyTimers() {
  const real = { setInterval, setTimeout, clearInterval };
  const intervals = new Set<unknown>();
  const cleared = new Set<unknown>();
  let timeouts = 0;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const timer = real.setInterval(...args);
    intervals.add(timer);
    return timer;
  }) as typeof setInterval;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    timeouts++;
    return real.setTimeout(...args);
  }) as typeof setTimeout;
  globalThis.clearInterval = ((timer: Parameters<typeof clearInterval>[0]) => {
    if (intervals.has(timer)) cleared.add(timer);
    real.clearInterval(timer);
  }) as typeof clearInterval;
  return {
    intervals,
    cleared,
    timeouts: () => timeouts,
    restore: () => Object.assign(globalThis, real),
  };
}

const test = suite<{ dir: string; db: Db }>('createApp only wires; start(app) does the start-up work', {
  dir: '',
  db: undefined as unknown as Db,
});

test.before.each((ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'vx-start-'));
  ctx.db = openDatabase(join(ctx.dir, 'app.db'));
  leftBehind(ctx.db);
});

test.after.each((ctx) => {
  ctx.db.$client.close();
  rmSync(ctx.dir, { recursive: true, force: true });
});

function build(db: Db) {
  // Every periodic job on, the fulfilment simulator too (tests usually turn it off).
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', FULFILMENT_STEP_MS: '60000' });
  return createApp({
    config,
    db,
    log: createLogger(config.LOG_LEVEL),
    hasher: { hash: async () => '', verify: async () => false, close: async () => {} },
    commonPasswords: new Set(),
    sessionSecret: 'test-secret-that-is-at-least-32-characters-long',
    now: () => NOW,
    assistant: {
      engine: { name: 'offline', reply: async function* () {} },
      knowledge: { passages: [], search: () => [] },
      historyTurns: 12,
    },
  });
}

test('[START1] createApp writes nothing, purges nothing and sets no timer; start(app) does it all', async ({ db }) => {
  const before = snapshot(db);
  const timers = spyTimers();
  let app: ReturnType<typeof createApp> | undefined;
  try {
    app = build(db);
    assert.equal(snapshot(db), before, 'the database is as the killed process left it');
    assert.is(timers.intervals.size, 0, 'no interval');
    assert.is(timers.timeouts(), 0, 'no timeout');
    assert.equal(app.running, [], 'nothing running');

    start(app);
    const after = snapshot(db);
    assert.equal(
      after.messages,
      [
        { status: 'complete', errorCode: null },
        { status: 'error', errorCode: 'interrupted' },
      ],
      'the streaming answer is marked interrupted; the orphan guest conversation is gone with its message',
    );
    assert.equal(after.sessions, [{ id: 'live' }], 'the expired session is purged');
    assert.is(after.chats.length, 1);
    assert.equal(after.loginAttempts, [], 'old sign-in failures are purged');
    assert.equal(after.contactMessages, [], 'contact messages past their retention are purged');
    assert.equal(
      app.running.map((part) => part.name),
      EVERY_JOB,
    );
    assert.is(timers.intervals.size, 7, 'one interval each (the mail worker has none without SMTP_URL)');
    const built = app;
    assert.throws(() => start(built), /once/, 'start runs once');

    await app.close();
    assert.equal(app.running, [], 'close stops what start set going');
    assert.is(timers.cleared.size, timers.intervals.size, 'every interval is cleared');
    app = undefined;
  } finally {
    timers.restore();
    await app?.close();
  }
});

test('[START2] the stop start returns stops its timers; close afterwards has nothing left to stop', async ({ db }) => {
  const timers = spyTimers();
  let app: ReturnType<typeof createApp> | undefined;
  try {
    app = build(db);
    const started = start(app);
    started.stop();
    assert.equal(app.running, []);
    assert.is(timers.cleared.size, 7);
    started.stop();
    await app.close();
    app = undefined;
  } finally {
    timers.restore();
    await app?.close();
  }
});

test('[WORK3] beside other processes, a follower runs only its own jobs; the leader also the once-per-shop ones', async ({
  db,
}) => {
  const follower = build(db);
  const leader = build(db);
  try {
    start(follower, { alone: false, leader: false });
    assert.equal(
      follower.running.map((part) => part.name),
      ['answer checkpoints', 'session sweep', 'shared memberships'],
    );
    start(leader, { alone: false, leader: true });
    assert.equal(
      leader.running.map((part) => part.name),
      [...EVERY_JOB, 'interrupted answers'],
    );
  } finally {
    await follower.close();
    await leader.close();
  }
});

test('[WORK5] a worker starting beside others marks only answers whose owner is quiet, never a live one', async ({
  db,
}) => {
  const [chat] = db.select({ id: chats.id }).from(chats).all();
  const answer = { chatId: chat!.id, role: 'assistant', status: 'streaming', createdAt: NOW - 1000 } as const;
  db.insert(chatMessages)
    .values([
      { ...answer, content: 'alive', owner: 'process-a', heartbeatAt: NOW - ANSWER_STALE_MS + 1 },
      { ...answer, content: 'dead', owner: 'process-b', heartbeatAt: NOW - ANSWER_STALE_MS },
    ])
    .run();
  const app = build(db);
  try {
    start(app, { alone: false, leader: false });
    const rows = db
      .select({ content: chatMessages.content, status: chatMessages.status })
      .from(chatMessages)
      .where(eq(chatMessages.role, 'assistant'))
      .all();
    assert.equal(rows, [
      { content: 'Hi, let me', status: 'error' }, // no owner at all: written before owners existed
      { content: 'alive', status: 'streaming' },
      { content: 'dead', status: 'error' },
    ]);
  } finally {
    await app.close();
  }
});

test.run();
