import type { AppContext } from '../../context.js';
import type { DbLike } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { isTotpCode } from '../../../shared/two-factor.js';
import type { CodeThrottle } from './code-throttle.js';
import { matchingStep } from './totp.js';
import { claimStep, useRecoveryCode, type TotpCredential } from './two-factor.repo.js';

const codeError = (code: 'wrong_code' | 'code_used' | 'totp_only') =>
  new AppError('unauthorized', undefined, { fields: { code: { code } } });

/**
 * Check `code` for the account, then run `work` in the same transaction that spends it (the
 * time step or the recovery code), so a code is accepted once even when two requests race.
 * A wrong or reused code counts against the account's and the address's guesses and changes
 * nothing. Recovery codes stand in only for an enrolled authenticator, never to finish enrolling.
 */
export function withCode<T>(
  ctx: AppContext,
  throttle: CodeThrottle,
  credential: TotpCredential,
  code: string,
  ip: string,
  work: (tx: DbLike) => T,
): Promise<T> {
  const now = ctx.now();
  return throttle.attempt(credential.userId, ip, now, () => {
    const spend = spender(credential, code, now);
    return ctx.db.transaction((tx) => {
      spend(tx);
      return work(tx);
    });
  });
}

function spender(credential: TotpCredential, code: string, now: number): (tx: DbLike) => void {
  const { userId } = credential;
  if (!isTotpCode(code)) {
    if (credential.enabledAt === null) throw codeError('totp_only');
    return (tx) => {
      if (!useRecoveryCode(tx, userId, code, now)) throw codeError('wrong_code');
    };
  }
  const step = matchingStep(credential.secret, code, now);
  if (step === null) throw codeError('wrong_code');
  return (tx) => {
    if (!claimStep(tx, userId, step)) throw codeError('code_used');
  };
}
