import { and, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { chats, chatTags } from '../../db/schema.js';
import type { StaffOverviewQuery } from '../../../shared/desk-triage.js';

/**
 * The overview's filters as a WHERE clause: the same rules as shared/desk-filter.ts
 * `matchesDeskView`, which places pushed rows in the console ([VIEW1]; desk-view.socket.test.ts
 * checks both agree on the same conversations).
 */
export function deskViewWhere(query: StaffOverviewQuery, meId: number | null): SQL | undefined {
  const open = ne(chats.status, 'closed');
  const view = (() => {
    switch (query.view ?? 'all') {
      case 'all':
        return undefined;
      case 'mine':
        return meId === null ? sql`0` : eq(chats.assigneeId, meId);
      case 'unassigned':
        return and(open, isNull(chats.assigneeId));
      case 'waiting':
        return eq(chats.status, 'waiting');
      case 'frustrated':
        return and(open, eq(chats.flagged, true));
    }
  })();
  const tagged =
    query.tag === undefined
      ? undefined
      : sql`exists (select 1 from ${chatTags} where ${chatTags.chatId} = ${chats.id} and ${chatTags.tag} = ${query.tag})`;
  return and(
    view,
    query.deskStatus === undefined ? undefined : eq(chats.deskStatus, query.deskStatus),
    query.priority === undefined ? undefined : eq(chats.priority, query.priority),
    tagged,
  );
}
