import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './schema-shop.js';

/**
 * An account's authenticator secret (RFC 6238). `enabledAt` is null while an enrolment waits
 * for its first code; sign-in asks for a code only once it is set.
 */
export const totpCredentials = sqliteTable('totp_credentials', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Base32. The server must read it to check codes, so it is stored as is and never logged. */
  secret: text('secret').notNull(),
  enabledAt: integer('enabled_at'),
  /** The time step of the last accepted code: codes of that step or earlier are refused (RFC 6238 §5.2). */
  lastUsedStep: integer('last_used_step'),
  createdAt: integer('created_at').notNull(),
});

/** Single-use recovery codes, as SHA-256 hashes (they are random, ~50 bits, so no slow hash is needed). */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at'),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_unique').on(t.userId, t.codeHash)],
);

/** The password step of a two-step sign-in: a short-lived, single-use token (stored hashed) that waits for the code. */
export const pendingSignIns = sqliteTable(
  'pending_sign_ins',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    usedAt: integer('used_at'),
  },
  (t) => [index('pending_sign_ins_expires_idx').on(t.expiresAt)],
);
