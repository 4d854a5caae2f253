import { randomBytes } from 'node:crypto';
import type { DbLike } from '../../db/client.js';
import type { AppContext } from '../../context.js';
import type { SessionEndReason } from '../../../shared/session.js';
import { AppError } from '../../errors.js';
import type {
  ChangePasswordInput,
  DeleteAccountInput,
  LoginInput,
  RegisterInput,
  SignInNotice,
} from '../../../shared/auth.js';
import type { CodeRequired } from '../../../shared/two-factor.js';
import { retireTokens } from './account-tokens.js';
import { checkPassword } from './password-policy.js';
import {
  attemptSucceeded,
  clearAccountFailures,
  reserveAttempt,
  throttleKeys,
  type SignInClient,
} from './login-throttle.js';
import {
  createSession,
  peekLiveSession,
  revokeSession,
  revokeUserSessions,
  type LiveSession,
} from './sessions.repo.js';
import { deleteUser, findUserByEmail, findUserById, insertUser, setPasswordHash, type UserRow } from './users.repo.js';

/**
 * Account operations. Each returns the session the caller should now hold (a new id on every
 * change of identity) and the sessions it ended. The caller tells those sessions' sockets
 * only after answering (validate → persist → ack → notify): a second tab reacting to the push
 * must find the new cookie already in the browser.
 */
export interface AuthResult {
  session: LiveSession;
  user: UserRow | null;
  ended: { sessionIds: string[]; reason: SessionEndReason };
  /** What carrying guest state over did, for the shopper (e.g. the merged cart). */
  notices?: SignInNotice[];
  /** Pushes of the sign-in hooks, to send once the transaction has committed. */
  afterCommit?: (() => void)[];
  /** More for the answer's body beside the viewer (e.g. recovery codes made at this sign-in). */
  reply?: Record<string, unknown>;
}

const ended = (sessionIds: string[], reason: SessionEndReason) => ({ sessionIds, reason });
const previous = (current: LiveSession | null) => (current ? [current.id] : []);

/** A hash at the configured cost, so a sign-in with an unknown email costs the same compare. */
const dummyHashes = new WeakMap<object, Promise<string>>();
const dummyHash = (ctx: AppContext) => {
  let hash = dummyHashes.get(ctx.hasher);
  if (!hash) {
    hash = ctx.hasher.hash(randomBytes(24).toString('hex'));
    dummyHashes.set(ctx.hasher, hash);
  }
  return hash;
};

export async function register(
  ctx: AppContext,
  current: LiveSession | null,
  input: RegisterInput,
): Promise<AuthResult> {
  const problem = checkPassword(input.password, ctx.commonPasswords);
  if (problem) throw new AppError('bad_request', undefined, { fields: { password: problem } });
  if (findUserByEmail(ctx.db, input.email)) throw emailTaken();
  const passwordHash = await ctx.hasher.hash(input.password);
  const now = ctx.now();
  const result = ctx.db.transaction((tx) => {
    const user = insertUser(tx, { email: input.email, name: input.name, passwordHash }, now);
    if (!user) throw emailTaken();
    for (const welcome of ctx.hooks.onRegistered) welcome(tx, user, now, current?.id ?? null);
    return { user, ...rotate(ctx, tx, current, user, now) };
  });
  return { ...result, ended: ended(previous(current), 'signed_in') };
}

export async function login(
  ctx: AppContext,
  current: LiveSession | null,
  input: LoginInput,
  client: SignInClient,
): Promise<AuthResult | CodeRequired> {
  const user = findUserByEmail(ctx.db, input.email);
  const keys = throttleKeys(input.email, client, user);
  const wait = reserveAttempt(ctx.db, keys, ctx.now());
  if (wait > 0) throw tooManyAttempts(wait);
  const valid = await ctx.hasher.verify(input.password, user?.passwordHash ?? (await dummyHash(ctx)));
  const now = ctx.now();
  if (!user || !valid) throw new AppError('unauthorized', 'wrong_credentials');
  attemptSucceeded(ctx.db, keys);
  const codeRequired = await ctx.hooks.secondStep?.(user);
  if (codeRequired) return codeRequired;
  return ctx.db.transaction((tx) => signInAs(ctx, tx, current, user, now));
}

/** Inside a transaction, once every check has passed (the password, and a code if the account asks for one). */
export function signInAs(
  ctx: AppContext,
  db: DbLike,
  current: LiveSession | null,
  user: UserRow,
  now: number,
): AuthResult {
  return { user, ...rotate(ctx, db, current, user, now), ended: ended(previous(current), 'signed_in') };
}

export function logout(ctx: AppContext, current: LiveSession): AuthResult {
  const now = ctx.now();
  const session = ctx.db.transaction((tx) => {
    revokeSession(tx, current.id, 'signed_out', now);
    return createSession(tx, null, 'guest', now);
  });
  return { user: null, session, ended: ended([current.id], 'signed_out') };
}

/** A new password ends every session of the user and retires unused reset links ([ACCT13]); this device goes on under a new session id. */
export async function changePassword(
  ctx: AppContext,
  current: LiveSession,
  input: ChangePasswordInput,
  client: SignInClient,
): Promise<AuthResult> {
  const user = await confirmPassword(ctx, current, input.currentPassword, 'currentPassword', client);
  const problem = checkPassword(input.newPassword, ctx.commonPasswords);
  if (problem) throw new AppError('bad_request', undefined, { fields: { newPassword: problem } });
  const hash = await ctx.hasher.hash(input.newPassword);
  const now = ctx.now();
  const { session, others } = ctx.db.transaction((tx) => {
    stillCurrent(tx, current, user, now);
    setPasswordHash(tx, user.id, hash, now);
    retireTokens(tx, user.id, 'password_reset', now);
    const others = revokeUserSessions(tx, user.id, 'password_changed', now, current.id);
    const session = createSession(tx, user.id, user.role, now);
    for (const follow of ctx.hooks.onSessionReissued) follow(tx, current.id, session.id);
    revokeSession(tx, current.id, 'rotated', now);
    return { session, others };
  });
  // This device's other tabs hold the old id too: told like the other sessions, they re-read the (new) cookie.
  return { user: findUserById(ctx.db, user.id)!, session, ended: ended([...others, current.id], 'password_changed') };
}

export async function deleteAccount(
  ctx: AppContext,
  current: LiveSession,
  input: DeleteAccountInput,
  client: SignInClient,
): Promise<AuthResult> {
  const user = await confirmPassword(ctx, current, input.password, 'password', client);
  const now = ctx.now();
  const { all, session } = ctx.db.transaction((tx) => {
    stillCurrent(tx, current, user, now);
    clearAccountFailures(tx, user.email);
    for (const erase of ctx.hooks.eraseUser) erase(tx, user.id);
    const all = revokeUserSessions(tx, user.id, 'account_deleted', now);
    deleteUser(tx, user.id);
    return { all, session: createSession(tx, null, 'guest', now) };
  });
  return { user: null, session, ended: ended(all, 'account_deleted') };
}

/** The signed-in user, after checking their password under the same throttle as sign-in. */
export async function confirmPassword(
  ctx: AppContext,
  current: LiveSession,
  password: string,
  field: string,
  client: SignInClient,
): Promise<UserRow> {
  const user = current.userId === null ? undefined : findUserById(ctx.db, current.userId);
  if (!user) throw new AppError('unauthorized', 'sign_in_first');
  const keys = throttleKeys(user.email, client, user);
  const wait = reserveAttempt(ctx.db, keys, ctx.now());
  if (wait > 0) throw tooManyAttempts(wait);
  if (!(await ctx.hasher.verify(password, user.passwordHash))) {
    throw new AppError('unauthorized', 'wrong_password', { fields: { [field]: { code: 'wrong_password' } } });
  }
  attemptSucceeded(ctx.db, keys);
  return user;
}

/**
 * After the slow password steps, inside the writing transaction: the session may have been
 * signed out, or the password changed from another device, while the hash was computed.
 */
function stillCurrent(db: DbLike, current: LiveSession, confirmed: UserRow, now: number): void {
  if (!peekLiveSession(db, current.id, now)) throw new AppError('unauthorized', 'session_ended');
  if (findUserById(db, confirmed.id)?.passwordHash !== confirmed.passwordHash) {
    throw new AppError('conflict', 'password_changed_meanwhile');
  }
}

/** Inside a transaction: a new session for the user, the old one revoked, guest state carried over. */
function rotate(ctx: AppContext, db: DbLike, current: LiveSession | null, user: UserRow, now: number) {
  const session = createSession(db, user.id, user.role, now);
  const change = {
    fromSessionId: current?.id ?? null,
    fromUserId: current?.userId ?? null,
    toSessionId: session.id,
    userId: user.id,
  };
  // Hooks first: they read the old session's state (e.g. its cart) before it is revoked.
  const outcomes = ctx.hooks.onSignIn.map((carryOver) => carryOver(db, change) ?? {});
  if (current) revokeSession(db, current.id, 'rotated', now);
  return {
    session,
    notices: outcomes.flatMap((o) => (o.notice ? [o.notice] : [])),
    afterCommit: outcomes.flatMap((o) => (o.afterCommit ? [o.afterCommit] : [])),
  };
}

const emailTaken = () => new AppError('conflict', 'email_taken', { fields: { email: { code: 'email_taken' } } });

const tooManyAttempts = (waitMs: number) => new AppError('rate_limited', 'too_many_attempts', { retryAfterMs: waitMs });
