import { Secret, TOTP } from 'otpauth';
import * as assert from 'uvu/assert';
import type { CodeRequired, Enrolment, RecoveryCodes } from '../../shared/two-factor.js';
import type { TestApp } from './harness.js';

/** The code an authenticator app shows for `secret` at the app's clock (`offsetMs` moves along the steps). */
export const totpCode = (app: TestApp, secret: string, offsetMs = 0): string =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: app.clock.now + offsetMs });

/** The password step of a two-step sign-in: must answer "code required" without a cookie. */
export async function passwordStep(
  app: TestApp,
  email: string,
  password: string,
  cookie?: string,
): Promise<CodeRequired> {
  const res = await app.api('/api/auth/login', { body: { email, password }, cookie });
  const text = await res.text();
  assert.is(res.status, 200, text);
  assert.is(res.headers.getSetCookie().length, 0, 'no session before the code');
  const body = JSON.parse(text) as CodeRequired;
  assert.is(body.codeRequired, true, text);
  assert.is(body.user, null);
  return body;
}

export const codeStep = (app: TestApp, pendingToken: string, code: string, cookie?: string) =>
  app.api('/api/auth/login/code', { body: { pendingToken, code }, cookie });

/** Both steps with the current code; the final response (200 with the session cookie when all went well). */
export async function signInWithCode(app: TestApp, email: string, password: string, secret: string): Promise<Response> {
  const { pendingToken } = await passwordStep(app, email, password);
  return codeStep(app, pendingToken, totpCode(app, secret));
}

/** A shopper who turned two-step sign-in on from the account page: the secret their app holds and their recovery codes. */
export async function enrolledShopper(app: TestApp) {
  const shopper = await app.register();
  const setup = await app.api('/api/auth/two-factor/setup', { body: {}, cookie: shopper.cookie });
  assert.is(setup.status, 200);
  const { secret } = (await setup.json()) as Enrolment;
  const enable = await app.api('/api/auth/two-factor/enable', {
    body: { code: totpCode(app, secret) },
    cookie: shopper.cookie,
  });
  assert.is(enable.status, 200);
  const { recoveryCodes } = (await enable.json()) as RecoveryCodes;
  // The enabling code's step is spent: the next sign-in needs the next code.
  app.clock.advance(30_000);
  return { ...shopper, secret, recoveryCodes };
}
