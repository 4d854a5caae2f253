import { z } from 'zod';
import { fieldRule } from './field-errors.js';
import type { OrderStatus } from './order-status.js';
import type { StaffConversation } from './staff.js';

/**
 * The desk's search (docs/ARCHITECTURE.md §7): one hit per conversation, newest activity first,
 * a page at a time behind an opaque cursor.
 */
export const STAFF_SEARCH_MAX_LENGTH = 200;
export const STAFF_SEARCH_PAGE = 25;
export const STAFF_SEARCH_PAGE_MAX = 50;

/**
 * The words a query searches: letters and digits, lower case, accents dropped, as the message
 * index (FTS5 unicode61, remove_diacritics 2) splits the messages it holds.
 */
export const searchWordsOf = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export const StaffSearchSchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(STAFF_SEARCH_MAX_LENGTH)
    .refine((q) => searchWordsOf(q).length > 0, fieldRule('no_words')),
  /** From the previous page's `nextCursor`; absent or null for the first page. */
  cursor: z
    .string()
    .regex(/^[0-9a-z]{1,12}\.[0-9a-z]{1,12}$/)
    .nullish(),
  limit: z.number().int().min(1).max(STAFF_SEARCH_PAGE_MAX).default(STAFF_SEARCH_PAGE),
});
export type StaffSearchInput = z.input<typeof StaffSearchSchema>;

/** What a conversation matched on. */
export const SEARCH_FIELDS = ['message', 'name', 'email', 'contact', 'order'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A piece of a snippet: plain text, marked where it matched the query (the client renders text, never HTML). */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface StaffSearchHit {
  staffRow: StaffConversation;
  matched: SearchField[];
  /** The newest matching message, around its match; null when only the shopper or an order matched. */
  snippet: SnippetSegment[] | null;
  /** The shopper's orders the query named. */
  orders?: { number: string; status: OrderStatus }[];
}

export interface StaffSearchResult {
  hits: StaffSearchHit[];
  /** Null on the last page. */
  nextCursor: string | null;
}
