import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfig } from '../../config.js';
import { describeFailure, isPermanent, MAX_ATTEMPTS, retryDelay } from './mail-retry.js';

const MINUTE = 60_000;

test('[MAIL2] SMTP_URL: unset by default (mail waits in the outbox); smtp(s) only; its value never in the error', () => {
  const plain = loadConfig({});
  assert.is(plain.SMTP_URL, undefined);
  assert.is(plain.MAIL_FROM, 'VisionX <shop@visionx.example>');
  assert.is(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example:465' }).SMTP_URL, 'smtps://u:p@mail.example:465');
  assert.throws(
    () => loadConfig({ SMTP_URL: 'http://user:hunter2@mail.example' }),
    (err: Error) =>
      err.message.includes('SMTP_URL') && err.message.includes('<hidden>') && !err.message.includes('hunter2'),
  );
});

test('[MAIL2] the retry schedule: fixed delays, then failed; a 5xx is permanent, a 4xx or a dropped connection is not', () => {
  assert.equal(
    Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelay(i + 1)),
    [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 360 * MINUTE, 720 * MINUTE, null],
  );
  assert.ok(isPermanent({ responseCode: 550 }));
  assert.ok(isPermanent({ responseCode: 554 }));
  assert.not.ok(isPermanent({ responseCode: 451 }));
  assert.not.ok(isPermanent({ code: 'ECONNECTION' }));
  assert.not.ok(isPermanent(null));
});

test('[MAIL2] what a failure leaves in the outbox: codes, never the server’s words', () => {
  const err = Object.assign(new Error('550 5.1.1 <bob@example.com>: no such user'), {
    code: 'EENVELOPE',
    responseCode: 550,
    command: 'RCPT TO',
    response: '550 5.1.1 <bob@example.com>: no such user',
  });
  assert.is(describeFailure(err), 'SMTP 550 EENVELOPE at RCPT');
  assert.is(describeFailure(new Error('boom')), 'send failed');
});

test.run();
