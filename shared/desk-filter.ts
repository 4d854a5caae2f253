import type { StaffOverviewQuery } from './desk-triage.js';
import type { StaffConversation } from './staff.js';

/**
 * Does a desk row belong in the overview under these filters? The server filters in SQL
 * (staff-board.ts `deskFilter`, the same rules); the console places a pushed row with this, so
 * a row that stops matching leaves the list ([VIEW1]).
 */
export function matchesDeskView(row: StaffConversation, query: StaffOverviewQuery, meId: number | null): boolean {
  const open = row.chat.status !== 'closed';
  const inView = (() => {
    switch (query.view ?? 'all') {
      case 'all':
        return true;
      case 'mine':
        return meId !== null && row.assignee?.id === meId;
      case 'unassigned':
        return open && row.assignee === null;
      case 'waiting':
        return row.chat.status === 'waiting';
      case 'frustrated':
        return open && row.chat.flagged === true;
    }
  })();
  return (
    inView &&
    (query.deskStatus === undefined || row.deskStatus === query.deskStatus) &&
    (query.priority === undefined || row.priority === query.priority) &&
    (query.tag === undefined || row.tags.includes(query.tag))
  );
}
