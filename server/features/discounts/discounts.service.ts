import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { rooms } from '../../socket/rooms.js';
import type { z } from 'zod';
import type { DiscountCreateSchema, StaffDiscount } from '../../../shared/discounts.js';
import type { StaffMember } from '../../../shared/staff.js';
import type { LiveSession } from '../auth/sessions.repo.js';
import { findUserById } from '../auth/users.repo.js';
import { firstName } from '../staff/shopper-of-chat.js';
import { recordStaffAction } from '../staff/staff-audit.js';
import { findDiscount, insertDiscount, listDiscounts, markDisabled, staffDiscount } from './discounts.repo.js';

function staffOf(ctx: AppContext, session: LiveSession): StaffMember {
  const user = session.userId === null ? undefined : findUserById(ctx.db, session.userId);
  if (!user) throw new AppError('unauthorized');
  return { id: user.id, name: firstName(user.name) };
}

/**
 * Every desk shows the same list: after each change (a code created or disabled, a use counted by
 * an order) it goes to room staff, never to a shopper [DISC1].
 */
export const publishDiscountList = (ctx: AppContext) =>
  ctx.publish(rooms.staff(), 'staff:discounts-changed', listDiscounts(ctx.db));

export function createDiscount(
  ctx: AppContext,
  session: LiveSession,
  input: z.output<typeof DiscountCreateSchema>,
): StaffDiscount {
  const me = staffOf(ctx, session);
  const now = ctx.now();
  if (input.expiresAt !== null && input.expiresAt <= now)
    throw new AppError('bad_request', undefined, { fields: { expiresAt: { code: 'not_in_future' } } });
  const row = ctx.db.transaction((tx) => {
    const created = insertDiscount(tx, { ...input, createdBy: me.id, createdAt: now });
    if (!created) throw new AppError('conflict', 'discount_code_taken', { params: { code: input.code } });
    recordStaffAction(tx, me, 'discount-create', { detail: { ...input } }, now);
    return created;
  });
  publishDiscountList(ctx);
  return staffDiscount(ctx.db, row.code)!;
}

/** Disabling twice changes nothing and records nothing; the answer is the code as it stands. */
export function disableDiscount(ctx: AppContext, session: LiveSession, code: string): StaffDiscount {
  const me = staffOf(ctx, session);
  const now = ctx.now();
  const changed = ctx.db.transaction((tx) => {
    if (!findDiscount(tx, code)) throw new AppError('not_found', 'discount_unknown', { params: { code } });
    const done = markDisabled(tx, code, now);
    if (done) recordStaffAction(tx, me, 'discount-disable', { detail: { code } }, now);
    return done;
  });
  if (changed) publishDiscountList(ctx);
  return staffDiscount(ctx.db, code)!;
}
