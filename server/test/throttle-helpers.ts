import * as assert from 'uvu/assert';
import type { TestApp } from './harness.js';
import { expectError } from './helpers.js';

/** Sign-in from a client address (the app runs with TRUST_PROXY=1, so X-Forwarded-For names it). */
export const WRONG_PASSWORD = 'not-the-password';

export const loginFrom = (app: TestApp, email: string, password: string, ip = '192.0.2.1', cookie?: string) =>
  app.api('/api/auth/login', { body: { email, password }, headers: { 'x-forwarded-for': ip }, cookie });

/** A 429 with exactly this wait, in the body and in Retry-After, and no cookie set. */
export async function expectThrottled(res: Response, retryAfterMs: number) {
  const error = await expectError(res, 429, 'rate_limited', []);
  assert.is(error.retryAfterMs, retryAfterMs);
  assert.is(res.headers.get('retry-after'), String(Math.ceil(retryAfterMs / 1000)));
  assert.is(res.headers.getSetCookie().length, 0);
}

export async function failTimes(app: TestApp, n: number, email: string, ip?: string) {
  for (let i = 0; i < n; i++) await expectError(await loginFrom(app, email, WRONG_PASSWORD, ip), 401, 'unauthorized');
}
