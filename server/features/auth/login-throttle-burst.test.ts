import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { PasswordHasher } from '../../ports.js';
import { createPasswordHasher } from './password-hasher.js';
import { startTestApp } from '../../test/harness.js';

test('guesses sent in parallel are throttled too: only the free attempts reach the password check', async () => {
  // Password checks wait until every guess has arrived, as a slow bcrypt would make them:
  // the gate opens once each guess is either inside a check or already answered.
  const GUESSES = 12;
  const real = createPasswordHasher(4, 1);
  let release!: () => void;
  const allIn = new Promise<void>((r) => (release = r));
  let checks = 0;
  let answered = 0;
  const arrived = () => {
    if (checks + answered === GUESSES) release();
  };
  const hasher: PasswordHasher = {
    hash: (p) => real.hash(p),
    async verify(p, h) {
      checks++;
      arrived();
      await allIn;
      return real.verify(p, h);
    },
    close: () => real.close(),
  };
  const app = await startTestApp({}, { hasher });
  try {
    const { email } = await app.register();
    checks = 0;
    const guesses = Array.from({ length: GUESSES }, () =>
      app.api('/api/auth/login', { body: { email, password: 'wrong-guess-123' } }).then((res) => {
        answered++;
        arrived();
        return res;
      }),
    );
    const statuses = (await Promise.all(guesses)).map((r) => r.status).sort();
    assert.equal(statuses, [...Array(5).fill(401), ...Array(7).fill(429)]);
    assert.is(checks, 5);
  } finally {
    await app.stop();
  }
});

test.run();
