import { and, desc, eq, gt, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { DbLike } from '../../db/client.js';
import { discountCodes, users } from '../../db/schema.js';
import type { StaffDiscount } from '../../../shared/discounts.js';

export type DiscountRow = typeof discountCodes.$inferSelect;
export type NewDiscount = Omit<typeof discountCodes.$inferInsert, 'id' | 'usedCount'>;

/** The desk lists this many, newest first (a shop keeps far fewer live codes). */
export const DISCOUNT_LIST_MAX = 200;

export const findDiscount = (db: DbLike, code: string): DiscountRow | undefined =>
  db.select().from(discountCodes).where(eq(discountCodes.code, code)).get();

/** Null when the code is taken (the unique index decides, so two desks racing get one each). */
export function insertDiscount(db: DbLike, values: NewDiscount): DiscountRow | null {
  return db.insert(discountCodes).values(values).onConflictDoNothing().returning().get() ?? null;
}

/** Stamps `disabled_at` once; false when the code was disabled already (or is unknown). */
export function markDisabled(db: DbLike, code: string, now: number): boolean {
  return (
    db
      .update(discountCodes)
      .set({ disabledAt: now })
      .where(and(eq(discountCodes.code, code), isNull(discountCodes.disabledAt)))
      .run().changes === 1
  );
}

/**
 * Counts one use only if the code still applies at `now` to a subtotal of `subtotalCents`: one
 * conditional UPDATE, so of two checkouts racing for the last use exactly one gets it [DISC8].
 */
export function redeemDiscount(db: DbLike, code: string, subtotalCents: number, now: number): boolean {
  return (
    db
      .update(discountCodes)
      .set({ usedCount: sql`${discountCodes.usedCount} + 1` })
      .where(
        and(
          eq(discountCodes.code, code),
          isNull(discountCodes.disabledAt),
          or(isNull(discountCodes.expiresAt), gt(discountCodes.expiresAt, now)),
          or(isNull(discountCodes.usageLimit), lt(discountCodes.usedCount, discountCodes.usageLimit)),
          lte(discountCodes.minOrderCents, subtotalCents),
        ),
      )
      .run().changes === 1
  );
}

const withCreator = (db: DbLike) =>
  db
    .select({ row: discountCodes, by: users.name })
    .from(discountCodes)
    .leftJoin(users, eq(users.id, discountCodes.createdBy));

export function listDiscounts(db: DbLike): StaffDiscount[] {
  return withCreator(db)
    .orderBy(desc(discountCodes.id))
    .limit(DISCOUNT_LIST_MAX)
    .all()
    .map(({ row, by }) => toStaffDiscount(row, by));
}

export function staffDiscount(db: DbLike, code: string): StaffDiscount | undefined {
  const found = withCreator(db).where(eq(discountCodes.code, code)).get();
  return found && toStaffDiscount(found.row, found.by);
}

export function toStaffDiscount(row: DiscountRow, createdBy: string | null): StaffDiscount {
  const { code, kind, value, minOrderCents, expiresAt, usageLimit, usedCount, createdAt, disabledAt } = row;
  return { code, kind, value, minOrderCents, expiresAt, usageLimit, usedCount, createdAt, createdBy, disabledAt };
}
