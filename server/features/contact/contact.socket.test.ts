import { eq } from 'drizzle-orm';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { contactMessages } from '../../db/schema.js';
import { ok } from '../../test/ack.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { refillAuthBucket, rowCount, userByEmail } from '../../test/helpers.js';
import type { ContactMessageInput } from '../../../shared/contact.js';
import type { FieldIssue } from '../../../shared/field-errors.js';

const test = suite<{ app: TestApp }>('contact:send');

test.before(async (ctx) => {
  // Every test here connects from 127.0.0.1: the hourly allowances are opened wide so this suite
  // checks the form and the socket's own budget; contact-limits.test.ts checks the allowances.
  ctx.app = await startTestApp({ CONTACT_SESSION_LIMIT: '100', CONTACT_IP_LIMIT: '1000' });
});
test.before.each(({ app }) => refillAuthBucket(app));
test.after(async ({ app }) => app.stop());

const GOOD: ContactMessageInput = {
  name: 'Grace Hopper',
  email: 'grace@example.com',
  topic: 'repair',
  message: 'The left hinge of my frame is loose.',
};
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const rowById = (app: TestApp, id: number) =>
  app.ctx.db.select().from(contactMessages).where(eq(contactMessages.id, id)).get();

test('a guest: acked with {id, receivedAt}; stored without a user', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  app.clock.advance(1234);
  const received = ok(await socket.emitWithAck('contact:send', GOOD));
  assert.equal(Object.keys(received).sort(), ['id', 'receivedAt']);
  assert.match(received.receivedAt, ISO);
  assert.is(received.receivedAt, new Date(app.clock.now).toISOString());
  const row = rowById(app, received.id)!;
  assert.equal(
    {
      userId: row.userId,
      name: row.name,
      email: row.email,
      topic: row.topic,
      message: row.message,
      createdAt: row.createdAt,
    },
    { userId: null, ...GOOD, createdAt: app.clock.now },
  );
});

test('a signed-in shopper: stored with their user id', async ({ app }) => {
  const { cookie, email } = await app.register();
  const socket = await app.connect(cookie);
  const received = ok(await socket.emitWithAck('contact:send', { ...GOOD, topic: 'order' }));
  assert.is(rowById(app, received.id)?.userId, userByEmail(app, email)!.id);
});

test('input is normalised: trimmed, email lower-cased', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const received = ok(
    await socket.emitWithAck('contact:send', {
      name: '  Grace  ',
      email: ' Grace@Example.COM ',
      topic: 'other',
      message: '   ten chars!   ',
    }),
  );
  const row = rowById(app, received.id)!;
  assert.equal([row.name, row.email, row.message], ['Grace', 'grace@example.com', 'ten chars!']);
});

test('the message limits: 10 and 2000 characters are accepted', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  for (const message of ['m'.repeat(10), 'm'.repeat(2000)]) {
    ok(await socket.emitWithAck('contact:send', { ...GOOD, message }), `contact:send of ${message.length} characters`);
  }
});

const BAD: Array<[label: string, patch: Record<string, unknown>, field: string, issue: FieldIssue]> = [
  ['an empty name', { name: '' }, 'name', { code: 'required' }],
  ['an 81-character name', { name: 'n'.repeat(81) }, 'name', { code: 'too_long', maximum: 80 }],
  ['markup in the name', { name: 'Grace <b>' }, 'name', { code: 'bad_characters' }],
  ['a control character in the name', { name: 'Grace\u0000' }, 'name', { code: 'bad_characters' }],
  ['an invalid email', { email: 'grace-at-example' }, 'email', { code: 'invalid_email' }],
  ['a number for email', { email: 42 }, 'email', { code: 'required', expected: 'string' }],
  ['an unknown topic', { topic: 'spam' }, 'topic', { code: 'invalid_choice' }],
  [
    'a message of 9 characters after trimming',
    { message: '   ninechar!  ' },
    'message',
    { code: 'too_short', minimum: 10 },
  ],
  ['a message of 2001 characters', { message: 'm'.repeat(2001) }, 'message', { code: 'too_long', maximum: 2000 }],
  [
    'an array for message',
    { message: ['The left hinge is loose.'] },
    'message',
    { code: 'required', expected: 'string' },
  ],
  ['a client-chosen user id', { userId: 1 }, 'userId', { code: 'not_allowed' }],
  ['a client-chosen date', { createdAt: 0 }, 'createdAt', { code: 'not_allowed' }],
];

for (const [label, patch, field, issue] of BAD) {
  test(`${label} → bad_request with fields.${field}; nothing stored`, async ({ app }) => {
    const before = rowCount(app, contactMessages);
    const socket = await app.connect(await app.guestCookie());
    const res = await socket.emitWithAck('contact:send', { ...GOOD, ...patch } as ContactMessageInput);
    assert.is(res.ok, false);
    if (res.ok) return;
    assert.is(res.error.code, 'bad_request');
    assert.equal(res.error.fields, { [field]: issue });
    assert.is(res.error.reason, undefined, 'the field says it all');
    assert.is(rowCount(app, contactMessages), before);
  });
}

test('a 60 KB payload (under the transport limit) is answered with a field error, the socket stays', async ({
  app,
}) => {
  const socket = await app.connect(await app.guestCookie());
  const res = await socket.emitWithAck('contact:send', { ...GOOD, message: 'x'.repeat(60 * 1024) });
  assert.is(res.ok, false);
  if (res.ok) return;
  assert.equal([res.error.code, Object.keys(res.error.fields ?? {})], ['bad_request', ['message']]);
  assert.ok(socket.connected);
});

test('contact:send has its own rate budget: 20 sends, then rate_limited; whoami still answers', async ({ app }) => {
  const socket = await app.connect(await app.guestCookie());
  const before = rowCount(app, contactMessages);
  const results = await Promise.all(
    Array.from({ length: 25 }, (_, i) =>
      socket.emitWithAck('contact:send', { ...GOOD, message: `Message number ${i}` }),
    ),
  );
  assert.equal(
    results.map((r) => (r.ok ? 'ok' : r.error.code)),
    [...Array(20).fill('ok'), ...Array(5).fill('rate_limited')],
  );
  assert.is(rowCount(app, contactMessages), before + 20, 'limited requests store nothing');
  assert.ok((await socket.emitWithAck('session:whoami', {})).ok);
});

test.run();
