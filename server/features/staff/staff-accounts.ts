import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import { EmailSchema, NameSchema } from '../../../shared/auth.js';
import { type FieldIssue, fieldIssueOf } from '../../../shared/field-errors.js';
import { checkPassword } from '../auth/password-policy.js';
import { readableCode } from '../auth/readable-code.js';
import { revokeUserSessions } from '../auth/sessions.repo.js';
import { findUserByEmail, insertUser } from '../auth/users.repo.js';
import { enrolStaff, type StaffEnrolment } from '../two-factor/staff-enrolment.js';

/** Why a staff account was not created; `message` is one line meant for the operator. */
export class StaffAccountError extends Error {
  override name = 'StaffAccountError';
  constructor(
    readonly code: 'invalid_email' | 'invalid_name' | 'weak_password' | 'email_taken',
    message: string,
  ) {
    super(message);
  }
}

export interface StaffAccountInput {
  email: unknown;
  name: unknown;
}

export interface StaffAccountOptions {
  /** bcrypt at the configured cost (the CLI hashes in-process; the server passes its worker pool). */
  hash: (password: string) => Promise<string>;
  commonPasswords: ReadonlySet<string>;
  now: number;
  /** The operator's own password (from stdin); a random one is generated when omitted. */
  password?: string;
  /** Turn an existing account with this email into staff instead of refusing. */
  promote?: boolean;
}

export interface StaffAccountResult {
  userId: number;
  email: string;
  action: 'created' | 'promoted';
  /** The password the account now has: print it once, store it nowhere. */
  password: string;
  /** Staff must sign in with a code: the authenticator secret and recovery codes, also shown this once. */
  enrolment: StaffEnrolment;
}

/**
 * The operator's words for a refused email, name or password (a line on the CLI's stderr, in
 * English: this is the operator's tool). Shoppers get the code, and the words from the client's i18n.
 */
function problem(issue: FieldIssue): string {
  switch (issue.code) {
    case 'required':
      return 'it is missing';
    case 'bad_characters':
      return 'it has characters that are not allowed (control characters, < or >)';
    case 'invalid_email':
      return 'it is not an email address';
    case 'too_short':
      return `it must be at least ${issue.minimum} characters`;
    case 'too_long':
      return `it must be at most ${issue.maximum} characters`;
    case 'too_many_bytes':
      return `it must be at most ${issue.maximum} bytes in UTF-8`;
    case 'common_password':
      return 'it is too common';
    default:
      return issue.code;
  }
}

/** 20 characters from 31 (≈ 99 bits) in groups of five: `k7mqe-x2hfa-…`. Passes the policy by construction. */
export const generatePassword = (): string => readableCode(4);

/**
 * Create a staff account, or with `promote` make an existing account staff. A promoted account
 * gets the new password too and loses its sessions: whoever runs the command hands over
 * credentials they know, and sessions opened under shopper timeouts (30 days) end, so the next
 * sign-in gets a staff session (30 minutes idle / 12 hours).
 */
export async function createStaffAccount(
  db: Db,
  input: StaffAccountInput,
  options: StaffAccountOptions,
): Promise<StaffAccountResult> {
  const email = EmailSchema.safeParse(input.email);
  if (!email.success)
    throw new StaffAccountError('invalid_email', `Invalid email: ${problem(fieldIssueOf(email.error.issues[0]!))}.`);
  const name = NameSchema.safeParse(input.name);
  if (!name.success)
    throw new StaffAccountError('invalid_name', `Invalid name: ${problem(fieldIssueOf(name.error.issues[0]!))}.`);
  const password = options.password ?? generatePassword();
  const weak = checkPassword(password, options.commonPasswords);
  if (weak) throw new StaffAccountError('weak_password', `Password refused: ${problem(weak)}.`);

  const refuseTaken = () =>
    new StaffAccountError(
      'email_taken',
      `An account with ${email.data} already exists; add --promote to make it a staff account.`,
    );
  if (findUserByEmail(db, email.data) && !options.promote) throw refuseTaken();

  const passwordHash = await options.hash(password);
  const { now } = options;
  // Decided again inside one transaction: the server may have registered this email while we hashed.
  return db.transaction((tx) => {
    const existing = findUserByEmail(tx, email.data);
    if (!existing) {
      const user = insertUser(tx, { email: email.data, name: name.data, passwordHash, role: 'staff' }, now)!;
      return {
        userId: user.id,
        email: user.email,
        action: 'created' as const,
        password,
        enrolment: enrolStaff(tx, user.id, now),
      };
    }
    if (!options.promote) throw refuseTaken();
    tx.update(users)
      .set({ role: 'staff', name: name.data, passwordHash, passwordChangedAt: now })
      .where(eq(users.id, existing.id))
      .run();
    revokeUserSessions(tx, existing.id, 'password_changed', now);
    // A new authenticator too: whoever hands over the password hands over the second factor with it.
    const enrolment = enrolStaff(tx, existing.id, now);
    return { userId: existing.id, email: existing.email, action: 'promoted' as const, password, enrolment };
  });
}
