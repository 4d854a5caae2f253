import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openDatabase, type Db } from '../../db/client.js';
import { MAIL_FROM, outboxRow, outboxRows, testMailWorker } from '../../test/mail-helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from './mail-retry.js';
import { LEASE_MS } from './mail-worker.js';
import { createOutbox, type OutgoingMail } from './outbox.js';

const SECRET = 'mail-worker-test-secret-at-least-32-characters';
const MINUTE = 60_000;

interface Ctx {
  sink: SmtpSink;
  dir: string;
  db: Db;
  clock: { now: number };
}
const test = suite<Ctx>('mail worker: leases, retries with backoff, exactly one delivery per event');

test.before(async (ctx) => {
  ctx.sink = await startSmtpSink();
});
test.after(async ({ sink }) => sink.close());
test.before.each((ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'vx-mail-'));
  ctx.db = openDatabase(join(ctx.dir, 'app.db'));
  ctx.clock = { now: Date.UTC(2026, 11, 6, 12) };
  ctx.sink.received.length = 0;
});
test.after.each(({ db, dir }) => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const outboxOf = () => createOutbox(SECRET);
let n = 0;
const mail = (extra: Partial<OutgoingMail> = {}): OutgoingMail => ({
  eventId: `test-event:${++n}`,
  kind: 'order_shipped',
  to: `buyer${n}@example.com`,
  subject: `Test message ${n}`,
  html: `<p>Hello <b>${n}</b></p>`,
  text: `Hello ${n}`,
  ...extra,
});
function queue(db: Db, now: number, m = mail()) {
  const box = outboxOf();
  db.transaction((tx) => box.queue(tx, m, now));
  return m;
}
const workerFor = ({ db, clock, sink }: Ctx) =>
  testMailWorker({ db, outbox: outboxOf(), now: () => clock.now }, sink.url);

test('[MAIL1] a queued message is delivered as MIME with From, To, Subject, the fixed Message-ID, text and HTML; bodies cleared after', async (ctx) => {
  const m = queue(ctx.db, ctx.clock.now);
  const worker = workerFor(ctx);
  assert.is(await worker.runOnce(), 1);
  worker.close();
  assert.is(ctx.sink.received.length, 1);
  const got = ctx.sink.received[0]!.mail;
  assert.is(got.from?.text, MAIL_FROM.replace('VisionX', '"VisionX"'));
  assert.equal(ctx.sink.received[0]!.rcptTo, [m.to]);
  assert.is(got.subject, m.subject);
  const row = outboxRow(ctx.db, m.eventId)!;
  assert.is(got.messageId, row.messageId);
  assert.is(got.text?.trim(), m.text);
  assert.match(String(got.html), '<b>');
  assert.is(row.state, 'sent');
  assert.is(row.sentAt, ctx.clock.now);
  assert.is(row.html, null);
  assert.is(row.text, null);
  assert.is(row.subject, m.subject, 'the headers stay as the record');
});

test('[MAIL2] a 4xx refusal is retried on the fixed schedule (1 min, then 5 min) on the app clock, then delivered once', async (ctx) => {
  const m = queue(ctx.db, ctx.clock.now);
  const worker = workerFor(ctx);
  ctx.sink.refuse(451, 2);
  assert.is(await worker.runOnce(), 0);
  let row = outboxRow(ctx.db, m.eventId)!;
  assert.equal([row.state, row.attempts, row.nextAttemptAt], ['pending', 1, ctx.clock.now + RETRY_DELAYS_MS[0]!]);
  assert.is(row.lastError, 'SMTP 451 EMESSAGE at DATA');
  ctx.clock.now += RETRY_DELAYS_MS[0]! - 1;
  assert.is(await worker.runOnce(), 0, 'not due a millisecond early');
  assert.is(outboxRow(ctx.db, m.eventId)!.attempts, 1);
  ctx.clock.now += 1;
  assert.is(await worker.runOnce(), 0);
  row = outboxRow(ctx.db, m.eventId)!;
  assert.equal([row.state, row.attempts, row.nextAttemptAt], ['pending', 2, ctx.clock.now + 5 * MINUTE]);
  ctx.clock.now += 5 * MINUTE;
  assert.is(await worker.runOnce(), 1);
  worker.close();
  assert.is(ctx.sink.received.length, 1);
  assert.equal([outboxRow(ctx.db, m.eventId)!.state, outboxRow(ctx.db, m.eventId)!.lastError], ['sent', null]);
});

test('[MAIL2] a 5xx refusal fails at once; a server down for every attempt fails after the last, bodies kept for a look', async (ctx) => {
  const permanent = queue(ctx.db, ctx.clock.now);
  const worker = workerFor(ctx);
  ctx.sink.refuse(550);
  await worker.runOnce();
  worker.close();
  const row = outboxRow(ctx.db, permanent.eventId)!;
  assert.equal([row.state, row.attempts, row.lastError], ['failed', 1, 'SMTP 550 EMESSAGE at DATA']);
  assert.ok(row.html, 'kept for the viewer');

  const down = queue(ctx.db, ctx.clock.now);
  const nowhere = testMailWorker({ db: ctx.db, outbox: outboxOf(), now: () => ctx.clock.now }, 'smtp://127.0.0.1:1');
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    await nowhere.runOnce();
    const r = outboxRow(ctx.db, down.eventId)!;
    assert.is(r.attempts, attempt);
    assert.is(r.state, attempt === MAX_ATTEMPTS ? 'failed' : 'pending');
    ctx.clock.now = r.nextAttemptAt;
  }
  nowhere.close();
  assert.is(ctx.sink.received.length, 0);
  assert.not.match(outboxRow(ctx.db, down.eventId)!.lastError ?? '', '@', 'no address in the error');
});

test('[MAIL1] a lease left by a crashed worker runs out, then the row is sent once (same Message-ID)', async (ctx) => {
  const m = queue(ctx.db, ctx.clock.now);
  // The crash: claimed (state sending, leased), never marked.
  ctx.db.$client
    .prepare(`update outbox set state = 'sending', lease_until = ? where event_id = ?`)
    .run(ctx.clock.now + LEASE_MS, m.eventId);
  const worker = workerFor(ctx);
  assert.is(await worker.runOnce(), 0, 'a live lease is left alone');
  ctx.clock.now += LEASE_MS + 1;
  assert.is(await worker.runOnce(), 1);
  assert.is(await worker.runOnce(), 0);
  worker.close();
  assert.is(ctx.sink.received.length, 1);
  assert.is(ctx.sink.received[0]!.mail.messageId, outboxRow(ctx.db, m.eventId)!.messageId);
});

test('[MAIL1] two workers on two connections to one database file send each row exactly once', async (ctx) => {
  const queued = Array.from({ length: 12 }, () => queue(ctx.db, ctx.clock.now));
  const other = openDatabase(join(ctx.dir, 'app.db'));
  const a = workerFor(ctx);
  const b = testMailWorker({ db: other, outbox: outboxOf(), now: () => ctx.clock.now }, ctx.sink.url);
  const [sentA, sentB] = await Promise.all([a.runOnce(), b.runOnce()]);
  a.close();
  b.close();
  other.$client.close();
  assert.is(sentA + sentB, 12);
  assert.ok(sentA > 0 && sentB > 0, `both took part (${sentA} + ${sentB})`);
  const ids = ctx.sink.received.map((r) => r.mail.messageId).sort();
  assert.equal(ids, [...new Set(ids)], 'no Message-ID twice');
  assert.equal(ctx.sink.received.map((r) => r.mail.subject).sort(), queued.map((q) => q.subject).sort());
});

test('[MAIL1] sealed mail is unreadable in the table while it waits, delivered readable, then cleared', async (ctx) => {
  const m = queue(ctx.db, ctx.clock.now, mail({ text: 'Reset: https://x.example/reset#tok123', secret: true }));
  const row = outboxRow(ctx.db, m.eventId)!;
  assert.ok(row.sealed);
  assert.not.match(`${row.text}${row.html}`, 'tok123');
  const worker = workerFor(ctx);
  await worker.runOnce();
  worker.close();
  assert.match(ctx.sink.received[0]!.mail.text ?? '', 'tok123');
  assert.equal([outboxRows(ctx.db)[0]!.html, outboxRows(ctx.db)[0]!.text], [null, null]);
});

test.run();
