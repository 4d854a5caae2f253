import type { DbLike } from '../../db/client.js';
import { enrolmentUri, newTotpSecret } from './totp.js';
import { finishEnrolment, startEnrolment } from './two-factor.repo.js';

/** What an operator hands a new staff member with the password (printed once, stored hashed or server-side only). */
export interface StaffEnrolment {
  secret: string;
  recoveryCodes: string[];
}

/**
 * Enrol an account at once, without a first code: for accounts made by an operator (the CLI,
 * the demo), who hands the secret over. Staff signing in without one are made to enrol instead.
 */
export function enrolStaff(db: DbLike, userId: number, now: number): StaffEnrolment {
  const secret = newTotpSecret();
  startEnrolment(db, userId, secret, now);
  return { secret, recoveryCodes: finishEnrolment(db, userId, now) };
}

/** The lines an operator reads off: the secret (and its otpauth:// link) and the recovery codes. */
export function enrolmentLines(enrolment: StaffEnrolment, email: string, issuer: string): string[] {
  const [first, second] = recoveryCodeRows(enrolment);
  return [
    `Authenticator secret: ${enrolment.secret}`,
    `Authenticator link:   ${enrolmentUri(enrolment.secret, email, issuer)}`,
    `Recovery codes (each works once): ${first}`,
    `                                  ${second}`,
  ];
}

/** The recovery codes on two lines of five, short enough for a terminal. */
export function recoveryCodeRows({ recoveryCodes: codes }: StaffEnrolment): [string, string] {
  const half = Math.ceil(codes.length / 2);
  return [codes.slice(0, half).join(' '), codes.slice(half).join(' ')];
}
