import type { StaffConversation } from '../../shared/staff.js';
import { nextEventWhere, type TestSocket } from './harness.js';

/** The next row passing `accept` in a `staff:conversations` frame (rows come in frames of many, [PUSH3]). */
export async function nextRowWhere(
  socket: TestSocket,
  accept: (row: StaffConversation) => boolean,
  timeoutMs?: number,
): Promise<StaffConversation> {
  const frame = await nextEventWhere<StaffConversation[]>(
    socket,
    'staff:conversations',
    (rows) => rows.some(accept),
    timeoutMs,
  );
  return frame.find(accept)!;
}
