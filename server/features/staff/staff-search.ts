import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  SEARCH_FIELDS,
  searchWordsOf,
  type SearchField,
  type StaffSearchHit,
  type StaffSearchResult,
  type StaffSearchSchema,
} from '../../../shared/desk-search.js';
import type { OrderStatus } from '../../../shared/order-status.js';
import { findChat } from '../chat/chat.repo.js';
import type { Presence } from './presence.js';
import {
  containsPattern,
  decodeCursor,
  encodeCursor,
  ftsQueryOf,
  orderQueryOf,
  snippetSegments,
} from './search-query.js';
import { staffRows } from './staff-board.js';

/** A prefix names at most this many orders (newest first). */
const ORDERS_NAMED = 20;

interface NamedOrder {
  id: number;
  number: string;
  status: OrderStatus;
}
interface Match {
  fields: Set<SearchField>;
  /** The newest matching message, for the snippet. */
  messageId?: number;
  orders?: NamedOrder[];
}
type Matches = Map<number, Match>;

export interface SearchPage extends StaffSearchResult {
  /** The orders this page showed (the socket may then move them: staff-order-move.ts). */
  orderIds: number[];
}

/**
 * One page of conversations matching the query, newest activity first.
 *
 * Pages follow one snapshot: the first page takes the newest message id (`hwm`), and every page
 * sorts by each conversation's newest message at or below it, keyset-paged on that id (message
 * ids are unique, so the key needs no tie-break and there is no OFFSET). A conversation that gets
 * a message while staff page through keeps its place, so it neither repeats nor vanishes; the
 * new message (and a conversation started since) shows at the top of the next search. What a
 * message matched is also taken as of the snapshot. Only a change of a shopper's name or address
 * between pages can move a conversation in or out of the later pages.
 */
export function searchConversations(
  ctx: AppContext,
  presence: Presence,
  input: z.output<typeof StaffSearchSchema>,
): SearchPage {
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  if (input.cursor && !cursor)
    throw new AppError('bad_request', undefined, { fields: { cursor: { code: 'invalid_format' } } });
  const { db } = ctx;
  const hwm = cursor?.hwm ?? newestMessageId(db);
  const matches: Matches = new Map();
  const fts = ftsQueryOf(input.q);
  matchMessages(db, matches, fts, hwm);
  matchPeople(db, matches, input.q);
  matchOrders(db, matches, input.q);

  const keys = pageKeys(db, [...matches.keys()], hwm, cursor?.key ?? null, input.limit + 1);
  const shown = keys.slice(0, input.limit);
  const snippets = snippetsOf(
    db,
    shown.flatMap(({ chatId }) => matches.get(chatId)!.messageId ?? []),
    input.q,
  );
  const chats = shown.flatMap(({ chatId }) => findChat(db, chatId) ?? []);
  // The page's rows read together, as the overview's are (staff-row-facts.ts).
  const rows = new Map(staffRows(ctx, presence, chats).map((row) => [row.chat.id, row]));
  const hits = chats.map((chat) => {
    const match = matches.get(chat.id)!;
    const hit: StaffSearchHit = {
      staffRow: rows.get(chat.id)!,
      matched: SEARCH_FIELDS.filter((f) => match.fields.has(f)),
      snippet: (match.messageId !== undefined && snippets.get(match.messageId)) || null,
    };
    if (match.orders) hit.orders = match.orders.map(({ number, status }) => ({ number, status }));
    return hit;
  });
  return {
    hits,
    nextCursor: keys.length > input.limit ? encodeCursor({ hwm, key: shown.at(-1)!.key }) : null,
    orderIds: [...new Set(shown.flatMap(({ chatId }) => matches.get(chatId)!.orders?.map((o) => o.id) ?? []))],
  };
}

const newestMessageId = (db: Db) =>
  db.get<{ id: number | null }>(sql`select max(id) as id from chat_messages`)?.id ?? 0;

function matchOf(matches: Matches, chatId: number): Match {
  const found = matches.get(chatId);
  if (found) return found;
  const match: Match = { fields: new Set() };
  matches.set(chatId, match);
  return match;
}

/** Messages the shopper or the team wrote or the assistant answered (not system notes or tool output). */
function matchMessages(db: Db, matches: Matches, fts: string, hwm: number): void {
  const rows = db.all<{ chatId: number; messageId: number }>(sql`
    select m.chat_id as chatId, max(chat_message_search.rowid) as messageId
    from chat_message_search join chat_messages m on m.id = chat_message_search.rowid
    where chat_message_search match ${fts} and chat_message_search.rowid <= ${hwm}
      and m.role in ('user', 'assistant', 'staff')
    group by m.chat_id`);
  for (const r of rows) {
    const match = matchOf(matches, r.chatId);
    match.fields.add('message');
    match.messageId = r.messageId;
  }
}

/** The shopper's account name or email, or the name and address a contact form gave. */
function matchPeople(db: Db, matches: Matches, q: string): void {
  const like = containsPattern(q);
  const rows = db.all<{ chatId: number; name: number; email: number; contact: number }>(sql`
    select c.id as chatId,
      coalesce(u.name like ${like} escape '\\', 0) as name,
      coalesce(u.email like ${like} escape '\\', 0) as email,
      coalesce(c.contact_name like ${like} escape '\\' or c.contact_email like ${like} escape '\\', 0) as contact
    from chats c left join users u on u.id = c.user_id
    where u.name like ${like} escape '\\' or u.email like ${like} escape '\\'
      or c.contact_name like ${like} escape '\\' or c.contact_email like ${like} escape '\\'`);
  for (const r of rows) {
    const { fields } = matchOf(matches, r.chatId);
    if (r.name) fields.add('name');
    if (r.email) fields.add('email');
    if (r.contact) fields.add('contact');
  }
}

/** An order number (or its start): the conversations of the order's shopper, each with the orders named. */
function matchOrders(db: Db, matches: Matches, q: string): void {
  const query = orderQueryOf(q);
  if (!query) return;
  const where = 'exact' in query ? sql`number = ${query.exact}` : sql`number like ${`${query.prefix}%`}`;
  const named = db.all<NamedOrder & { userId: number | null; sessionId: string | null }>(sql`
    select id, number, status, user_id as userId, session_id as sessionId from orders
    where ${where} order by created_at desc, id desc limit ${ORDERS_NAMED}`);
  if (!named.length) return;
  const users = JSON.stringify(named.flatMap((o) => (o.userId === null ? [] : [o.userId])));
  const sessions = JSON.stringify(named.flatMap((o) => (o.userId === null && o.sessionId ? [o.sessionId] : [])));
  const chats = db.all<{ id: number; userId: number | null; sessionId: string }>(sql`
    select id, user_id as userId, session_id as sessionId from chats
    where user_id in (select value from json_each(${users}))
      or (user_id is null and session_id in (select value from json_each(${sessions})))`);
  for (const chat of chats) {
    const own = named.filter((o) =>
      chat.userId !== null ? o.userId === chat.userId : o.userId === null && o.sessionId === chat.sessionId,
    );
    const match = matchOf(matches, chat.id);
    match.fields.add('order');
    match.orders = own.map(({ id, number, status }) => ({ id, number, status }));
  }
}

/**
 * The page's conversations with their sort key (the newest message at or below the snapshot),
 * after the cursor's key. A conversation with no message by then is not listed (as the overview).
 */
function pageKeys(db: Db, chatIds: number[], hwm: number, after: number | null, take: number) {
  if (!chatIds.length) return [];
  return db.all<{ chatId: number; key: number }>(sql`
    select chatId, key from (
      select value as chatId,
        (select max(id) from chat_messages where chat_id = value and id <= ${hwm}) as key
      from json_each(${JSON.stringify(chatIds)})
    )
    where key is not null ${after === null ? sql`` : sql`and key < ${after}`}
    order by key desc limit ${take}`);
}

/** The page's matching messages, marked (one read for the page). */
function snippetsOf(db: Db, messageIds: number[], q: string) {
  const words = searchWordsOf(q);
  const rows = messageIds.length
    ? db.all<{ id: number; content: string }>(
        sql`select id, content from chat_messages where id in (select value from json_each(${JSON.stringify(messageIds)}))`,
      )
    : [];
  return new Map(rows.map((r) => [r.id, snippetSegments(r.content, words)]));
}
