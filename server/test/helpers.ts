import { count, eq } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as assert from 'uvu/assert';
import { sessions, users } from '../db/schema.js';
import { FIELD_CODES } from '../../shared/field-errors.js';
import { ERROR_REASONS, type AppErrorBody, type ErrorCode } from '../../shared/result.js';
import { insertUser } from '../features/auth/users.repo.js';
import { enrolStaff } from '../features/two-factor/staff-enrolment.js';
import { cookieFrom, GOOD_PASSWORD, uniqueEmail, type TestApp, type TestSocket } from './harness.js';
import { signInWithCode } from './two-factor-helpers.js';

const ERROR_KEYS = ['code', 'reason', 'params', 'fields', 'retryAfterMs'];

/**
 * An HTTP error in the one shape `{ error: { code, reason?, params?, fields?, retryAfterMs? } }`,
 * codes only (no sentences: the words are the client's), with the expected status and code;
 * `fields` (if given) are exactly the keys of error.fields.
 */
export async function expectError(
  res: Response,
  status: number,
  code: ErrorCode,
  fields?: string[],
): Promise<AppErrorBody> {
  const text = await res.text();
  assert.is(res.status, status, `status of ${res.url}: ${text}`);
  assert.match(res.headers.get('content-type') ?? '', 'application/json');
  const body = JSON.parse(text) as { error: AppErrorBody };
  assert.equal(Object.keys(body), ['error'], text);
  assert.is(body.error.code, code, text);
  expectCodesOnly(body.error);
  for (const key of Object.keys(body.error)) assert.ok(ERROR_KEYS.includes(key), `unexpected key ${key} in ${text}`);
  if (fields) assert.equal(Object.keys(body.error.fields ?? {}).sort(), [...fields].sort(), text);
  return body.error;
}

/** An error body as the wire carries it: a known reason, if any, and a known code per field. */
export function expectCodesOnly(error: AppErrorBody): void {
  const text = JSON.stringify(error);
  if (error.reason !== undefined) assert.ok(ERROR_REASONS.includes(error.reason), `unknown reason in ${text}`);
  for (const issue of Object.values(error.fields ?? {}))
    assert.ok(FIELD_CODES.includes(issue.code), `unknown field code in ${text}`);
}

/** A socket handshake that must be refused; returns the error for further checks. */
export async function expectRejected(
  attempt: Promise<TestSocket>,
  message?: string,
): Promise<Error & { data?: unknown }> {
  let socket: TestSocket | undefined;
  try {
    socket = await attempt;
  } catch (err) {
    if (message !== undefined) assert.is((err as Error).message, message);
    return err as Error & { data?: unknown };
  }
  socket.disconnect();
  assert.unreachable('the handshake was accepted');
  throw new Error('unreachable');
}

/** The session id sealed in a `vx_session=…` pair (read with the app's own secret). */
export async function sessionIdOf(app: TestApp, cookie: string): Promise<string> {
  const sid = await app.ctx.cookie.read(cookie);
  assert.type(sid, 'string', `no readable session in ${cookie.slice(0, 20)}…`);
  return sid!;
}

export const sessionRow = (app: TestApp, id: string) =>
  app.ctx.db.select().from(sessions).where(eq(sessions.id, id)).get();

export const userByEmail = (app: TestApp, email: string) =>
  app.ctx.db.select().from(users).where(eq(users.email, email)).get();

export const rowCount = (app: TestApp, table: SQLiteTable) => app.ctx.db.select({ n: count() }).from(table).get()!.n;

/** Fill the per-address password-check bucket of /api/auth again (PASSWORD_CHECKS_PER_IP_PER_MINUTE refills in a minute). */
export const refillAuthBucket = (app: TestApp) => app.clock.advance(60_000);

/** GET /api/auth/me with a cookie: the signed-in email, or null for a guest. */
export async function whoIs(app: TestApp, cookie: string): Promise<string | null> {
  const res = await app.api('/api/auth/me', { cookie });
  assert.is(res.status, 200);
  const body = (await res.json()) as { user: { email: string } | null };
  return body.user?.email ?? null;
}

/** Every event a socket receives, in order, with its payload. */
export function recordEvents(socket: TestSocket): Array<[string, unknown]> {
  const seen: Array<[string, unknown]> = [];
  socket.onAny((event, payload) => seen.push([event, payload]));
  socket.on('disconnect', (reason) => seen.push(['disconnect', reason]));
  return seen;
}

/** Disconnect a client and resolve once the server has handled it (its `disconnect` listeners ran). */
export function closeSocket(app: TestApp, socket: TestSocket): Promise<void> {
  const server = app.io.sockets.sockets.get(socket.id ?? '');
  if (!server) throw new Error('the socket is not connected');
  const gone = new Promise<void>((resolve) => server.once('disconnect', () => resolve()));
  socket.disconnect();
  return gone;
}

/** A staff user (there is no sign-up for staff, and staff always have an authenticator), signed in over HTTP with a code. */
export async function signInStaff(
  app: TestApp,
): Promise<{ cookie: string; email: string; res: Response; secret: string }> {
  const email = uniqueEmail().replace('shopper', 'staff');
  const passwordHash = await app.ctx.hasher.hash(GOOD_PASSWORD);
  const user = insertUser(app.ctx.db, { email, name: 'Staff Member', passwordHash, role: 'staff' }, app.clock.now)!;
  const { secret } = enrolStaff(app.ctx.db, user.id, app.clock.now);
  const res = await signInWithCode(app, email, GOOD_PASSWORD, secret);
  assert.is(res.status, 200);
  return { cookie: cookieFrom(res), email, res, secret };
}
