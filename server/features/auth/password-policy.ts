import { readFileSync } from 'node:fs';
import { NewPasswordSchema } from '../../../shared/auth.js';

/**
 * The password rules (NIST SP 800-63B style): length 8–64, at most 72 UTF-8 bytes (bcrypt's
 * input limit: reject, never truncate), not a commonly used password, no composition rules.
 * Returns a message for the shopper, or null when the password is acceptable.
 */
export function checkPassword(password: unknown, common: ReadonlySet<string>): string | null {
  const shape = NewPasswordSchema.safeParse(password);
  if (!shape.success) return shape.error.issues[0]!.message;
  if (common.has((password as string).toLowerCase()))
    return 'This password is too common. Choose one that is harder to guess.';
  return null;
}

export function loadCommonPasswords(file: string): ReadonlySet<string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  return new Set(lines.map((l) => l.trim().toLowerCase()).filter(Boolean));
}
