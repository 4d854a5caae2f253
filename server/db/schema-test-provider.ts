import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The built-in test payment provider's own records: it stands for an external bank, which
 * remembers charges by idempotency key whichever of the shop's processes asks. Not shop data: no
 * card number, only the answer given (brand and last four on success).
 */
export const testProviderCharges = sqliteTable('test_provider_charges', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  /** Set on a successful charge; the reconciler looks charges up by key and refunds by this id. */
  chargeId: text('charge_id'),
  /** The provider's answer (ports.ts `ChargeResult`; not imported here: ports.ts imports the db). */
  result: text('result', { mode: 'json' }).$type<{ ok: boolean }>().notNull(),
  amountCents: integer('amount_cents').notNull(),
  createdAt: integer('created_at').notNull(),
});
