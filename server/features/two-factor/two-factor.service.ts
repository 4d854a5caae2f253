import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import {
  PENDING_SIGN_IN_TTL_MS,
  type CodeRequired,
  type DisableTwoFactorInput,
  type EnableTwoFactorInput,
  type Enrolment,
  type LoginCodeInput,
  type RecoveryCodes,
  type TwoFactorStatus,
} from '../../../shared/two-factor.js';
import { confirmPassword, signInAs, type AuthResult } from '../auth/auth.service.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { findUserById, type UserRow } from '../auth/users.repo.js';
import type { CodeThrottle } from './code-throttle.js';
import { withCode } from './code-check.js';
import { createPendingSignIn, pendingUserId, spendPendingSignIn } from './pending-sign-ins.js';
import { enrolmentFor, newTotpSecret } from './totp.js';
import {
  finishEnrolment,
  findCredential,
  recoveryCodesLeft,
  removeCredential,
  startEnrolment,
} from './two-factor.repo.js';

export interface TwoFactorDeps {
  throttle: CodeThrottle;
}

/**
 * The password was right: does this account need a code? Enrolled accounts do; staff always
 * do, and staff without an authenticator enrol here (the secret waits for its first code).
 */
export async function secondStep(ctx: AppContext, user: UserRow): Promise<CodeRequired | null> {
  const credential = findCredential(ctx.db, user.id);
  const enrolled = credential?.enabledAt != null;
  if (!enrolled && user.role !== 'staff') return null;
  const now = ctx.now();
  let enrolment: Enrolment | undefined;
  if (!enrolled) {
    // A secret already waiting is shown again, so an app that scanned it in an earlier attempt still works.
    const secret = credential?.secret ?? newTotpSecret();
    if (!credential) startEnrolment(ctx.db, user.id, secret, now);
    enrolment = await enrolmentFor(secret, user.email, ctx.config.TOTP_ISSUER);
  }
  const pendingToken = createPendingSignIn(ctx.db, user.id, now);
  return {
    user: null,
    codeRequired: true,
    pendingToken,
    expiresInMs: PENDING_SIGN_IN_TTL_MS,
    ...(enrolment && { enrolment }),
  };
}

/** The code step: the pending sign-in is spent, the code too, and only then a session is made. */
export function completeSignIn(
  ctx: AppContext,
  deps: TwoFactorDeps,
  current: LiveSession | null,
  input: LoginCodeInput,
  ip: string,
): Promise<AuthResult> {
  const now = ctx.now();
  const userId = pendingUserId(ctx.db, input.pendingToken, now);
  const user = userId === null ? undefined : findUserById(ctx.db, userId);
  const credential = user && findCredential(ctx.db, user.id);
  if (!user || !credential) throw new AppError('unauthorized', 'sign_in_expired');
  const enrolling = credential.enabledAt === null;
  return withCode(ctx, deps.throttle, credential, input.code, ip, (tx) => {
    if (!spendPendingSignIn(tx, input.pendingToken, now)) throw new AppError('unauthorized', 'sign_in_expired');
    const result = signInAs(ctx, tx, current, user, now);
    return enrolling ? { ...result, reply: { recoveryCodes: finishEnrolment(tx, user.id, now) } } : result;
  });
}

const signedInUser = (ctx: AppContext, session: LiveSession): UserRow => {
  const user = session.userId === null ? undefined : findUserById(ctx.db, session.userId);
  if (!user) throw new AppError('unauthorized', 'sign_in_first');
  return user;
};

export function status(ctx: AppContext, session: LiveSession): TwoFactorStatus {
  const user = signedInUser(ctx, session);
  const enabled = findCredential(ctx.db, user.id)?.enabledAt != null;
  return {
    enabled,
    required: user.role === 'staff',
    recoveryCodesLeft: enabled ? recoveryCodesLeft(ctx.db, user.id) : 0,
  };
}

/** A new secret for the account page (any unfinished one is replaced); on only after `enable` with a code. */
export async function setUp(ctx: AppContext, session: LiveSession): Promise<Enrolment> {
  const user = signedInUser(ctx, session);
  if (findCredential(ctx.db, user.id)?.enabledAt != null) throw new AppError('conflict', 'two_factor_already_on');
  const secret = newTotpSecret();
  startEnrolment(ctx.db, user.id, secret, ctx.now());
  return enrolmentFor(secret, user.email, ctx.config.TOTP_ISSUER);
}

export function enable(
  ctx: AppContext,
  deps: TwoFactorDeps,
  session: LiveSession,
  input: EnableTwoFactorInput,
  ip: string,
): Promise<RecoveryCodes> {
  const user = signedInUser(ctx, session);
  const credential = findCredential(ctx.db, user.id);
  if (!credential) throw new AppError('conflict', 'two_factor_setup_restart');
  if (credential.enabledAt !== null) throw new AppError('conflict', 'two_factor_already_on');
  return withCode(ctx, deps.throttle, credential, input.code, ip, (tx) => ({
    recoveryCodes: finishEnrolment(tx, user.id, ctx.now()),
  }));
}

/** Off again, with the password and a code; staff must keep it (they see every shopper's data). */
export async function disable(
  ctx: AppContext,
  deps: TwoFactorDeps,
  session: LiveSession,
  input: DisableTwoFactorInput,
  ip: string,
): Promise<TwoFactorStatus> {
  const user = signedInUser(ctx, session);
  if (user.role === 'staff') throw new AppError('forbidden', 'two_factor_staff_required');
  const credential = findCredential(ctx.db, user.id);
  if (credential?.enabledAt == null) throw new AppError('conflict', 'two_factor_already_off');
  // Turning the second step off never counts a known device as one: the per-address limits apply.
  await confirmPassword(ctx, session, input.password, 'password', { ip, device: null });
  await withCode(ctx, deps.throttle, credential, input.code, ip, (tx) => removeCredential(tx, user.id));
  return status(ctx, session);
}
