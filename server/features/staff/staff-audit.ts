import type { DbLike } from '../../db/client.js';
import { staffActions } from '../../db/schema.js';
import type { StaffActionKind } from '../../../shared/desk.js';
import type { StaffMember } from '../../../shared/staff.js';

/** What an action was done to, and small facts about it (never a secret). */
export interface StaffActionTarget {
  chatId?: number;
  orderId?: number;
  detail?: Record<string, unknown>;
}

/**
 * Every staff action is recorded with who did it (docs/ARCHITECTURE.md §7). Pass the
 * transaction that makes the change, so the record and the change commit together.
 */
export function recordStaffAction(
  db: DbLike,
  /** id null: the desk itself acted (a round-robin assignment). */
  me: StaffMember | { id: null; name: string },
  action: StaffActionKind,
  target: StaffActionTarget,
  now: number,
): void {
  db.insert(staffActions)
    .values({
      staffId: me.id,
      staffName: me.name,
      action,
      chatId: target.chatId ?? null,
      orderId: target.orderId ?? null,
      detail: target.detail ?? {},
      createdAt: now,
    })
    .run();
}
