import { readFileSync } from 'node:fs';
import { NewPasswordSchema } from '../../../shared/auth.js';
import { fieldIssueOf, type FieldIssue } from '../../../shared/field-errors.js';

/**
 * The password rules (NIST SP 800-63B style): length 8–64, at most 72 UTF-8 bytes (bcrypt's
 * input limit: reject, never truncate), not a commonly used password, no composition rules.
 * Returns what is wrong as a field code, or null when the password is acceptable.
 */
export function checkPassword(password: unknown, common: ReadonlySet<string>): FieldIssue | null {
  const shape = NewPasswordSchema.safeParse(password);
  if (!shape.success) return fieldIssueOf(shape.error.issues[0]!);
  if (common.has((password as string).toLowerCase())) return { code: 'common_password' };
  return null;
}

export function loadCommonPasswords(file: string): ReadonlySet<string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  return new Set(lines.map((l) => l.trim().toLowerCase()).filter(Boolean));
}
