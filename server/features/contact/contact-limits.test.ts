import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { contactMessages } from '../../db/schema.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { refillAuthBucket, rowCount } from '../../test/helpers.js';
import type { ContactMessageInput } from '../../../shared/contact.js';
import { policy } from '../../../client/src/i18n/en/policies/privacy.js';
import { CONTACT_RETENTION_MS } from './contact.repo.js';

const GOOD: ContactMessageInput = {
  name: 'Grace Hopper',
  email: 'grace@example.com',
  topic: 'repair',
  message: 'The left hinge of my frame is loose.',
};
const HOUR = 3_600_000;

type Ack = Awaited<ReturnType<Awaited<ReturnType<TestApp['connect']>>['emitWithAck']>>;
const outcome = (r: Ack) => (r.ok ? 'ok' : r.error.code);

/** Send `n` messages one after another (so the order of the answers is the order of the allowance). */
async function sendMany(app: TestApp, cookie: string, n: number, patch: Partial<ContactMessageInput> = {}) {
  const socket = await app.connect(cookie);
  const acks: Ack[] = [];
  for (let i = 0; i < n; i++)
    acks.push(await socket.emitWithAck('contact:send', { ...GOOD, message: `Message number ${i}`, ...patch }));
  socket.disconnect();
  return acks;
}

async function withApp(env: Record<string, string>, run: (app: TestApp) => Promise<void>) {
  const app = await startTestApp(env);
  try {
    await run(app);
  } finally {
    await app.stop();
  }
}

const limits = suite('contact:send hourly allowances');

limits('one session: CONTACT_SESSION_LIMIT messages, then rate_limited with the wait; one more after that wait', () =>
  withApp({ CONTACT_SESSION_LIMIT: '3', CONTACT_IP_LIMIT: '100' }, async (app) => {
    const cookie = await app.guestCookie();
    const acks = await sendMany(app, cookie, 5);
    assert.equal(acks.map(outcome), ['ok', 'ok', 'ok', 'rate_limited', 'rate_limited']);
    const refused = acks[3]!;
    if (refused.ok) return;
    assert.is(refused.error.retryAfterMs, HOUR / 3, 'one message comes back every 20 minutes');
    assert.is(rowCount(app, contactMessages), 3, 'refused messages are not stored');
    app.clock.advance(HOUR / 3 - 1);
    assert.equal((await sendMany(app, cookie, 1)).map(outcome), ['rate_limited']);
    app.clock.advance(1);
    assert.equal((await sendMany(app, cookie, 2)).map(outcome), ['ok', 'rate_limited']);
    assert.is(rowCount(app, contactMessages), 4);
  }),
);

limits('one address: a new guest session per message does not get around CONTACT_IP_LIMIT', () =>
  withApp({ CONTACT_SESSION_LIMIT: '10', CONTACT_IP_LIMIT: '4' }, async (app) => {
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      refillAuthBucket(app); // six minutes in all: less than the 15 minutes one message of the address's allowance takes to come back
      answers.push(...(await sendMany(app, await app.guestCookie(), 1)).map(outcome));
    }
    assert.equal(answers, ['ok', 'ok', 'ok', 'ok', 'rate_limited', 'rate_limited']);
    assert.is(rowCount(app, contactMessages), 4);
  }),
);

limits('invalid messages spend nothing; a message refused for the address spends nothing of its session', () =>
  withApp({ CONTACT_SESSION_LIMIT: '2', CONTACT_IP_LIMIT: '3' }, async (app) => {
    const first = await app.guestCookie();
    const invalid = await sendMany(app, first, 4, { message: 'too short' });
    assert.equal(invalid.map(outcome), Array(4).fill('bad_request'));
    assert.equal((await sendMany(app, first, 2)).map(outcome), ['ok', 'ok']);
    const second = await app.guestCookie();
    assert.equal((await sendMany(app, second, 2)).map(outcome), ['ok', 'rate_limited']);
    // 20 minutes bring one message back to the address, but less than one to a session that had spent both.
    app.clock.advance(HOUR / 3);
    assert.equal((await sendMany(app, second, 1)).map(outcome), ['ok']);
    assert.is(rowCount(app, contactMessages), 4);
  }),
);

limits.run();

const retention = suite('contact messages: retention');

retention('the maintenance run deletes messages older than 12 months and keeps younger ones', () =>
  withApp({}, async (app) => {
    assert.equal((await sendMany(app, await app.guestCookie(), 1)).map(outcome), ['ok']);
    app.clock.advance(HOUR);
    assert.equal((await sendMany(app, await app.guestCookie(), 1)).map(outcome), ['ok']);
    app.clock.advance(CONTACT_RETENTION_MS - HOUR);
    app.runMaintenance();
    assert.is(rowCount(app, contactMessages), 2, 'exactly 12 months old: kept');
    app.clock.advance(1);
    app.runMaintenance();
    assert.is(rowCount(app, contactMessages), 1, 'the older one is gone');
    app.clock.advance(HOUR);
    app.runMaintenance();
    assert.is(rowCount(app, contactMessages), 0);
  }),
);

retention('the privacy policy states the same retention for contact messages', () => {
  const promise = JSON.stringify(policy.sections.find((s) => s.id === 'retention'));
  assert.match(promise, /contact messages are kept for 12 months, then deleted/);
  assert.is(CONTACT_RETENTION_MS, 365 * 24 * HOUR);
});

retention.run();
