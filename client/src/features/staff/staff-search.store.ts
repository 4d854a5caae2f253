import { batch, createSignal } from 'solid-js';
import type { StaffSearchHit } from '../../../../shared/desk-search.js';
import { errorMessage } from '../../lib/errors.js';
import { request } from '../../lib/socket.js';

/**
 * The desk's search (staff:search): the query searched, its hits page by page and whether more
 * follow. While a search is on, its results take the conversation list's place.
 */
const [query, setQuery] = createSignal('');
const [hits, setHits] = createSignal<readonly StaffSearchHit[]>([]);
const [cursor, setCursor] = createSignal<string | null>(null);
const [phase, setPhase] = createSignal<'idle' | 'loading' | 'ready' | 'more' | 'failed'>('idle');
const [failure, setFailure] = createSignal<string | null>(null);

export { cursor as searchCursor, failure as searchFailure, hits as searchHits, query as searchQuery };
export const searchPhase = phase;
/** A search is on: its results replace the conversation list. */
export const searchActive = () => phase() !== 'idle';

// A newer search (or a clear) makes the answers of older ones stale.
let token = 0;

export async function runSearch(text: string): Promise<void> {
  const q = text.trim();
  if (!q) return clearSearch();
  const mine = ++token;
  batch(() => {
    setQuery(q);
    setHits([]);
    setCursor(null);
    setFailure(null);
    setPhase('loading');
  });
  const result = await request('staff:search', { q });
  if (mine !== token) return;
  batch(() => {
    if (!result.ok) {
      setFailure(errorMessage(result.error));
      return void setPhase('failed');
    }
    setHits(result.data.hits);
    setCursor(result.data.nextCursor);
    setPhase('ready');
  });
}

export async function loadMoreResults(): Promise<void> {
  const next = cursor();
  if (!next || phase() !== 'ready') return;
  const mine = ++token;
  setPhase('more');
  const result = await request('staff:search', { q: query(), cursor: next });
  if (mine !== token) return;
  batch(() => {
    if (!result.ok) {
      setFailure(errorMessage(result.error));
      return void setPhase('ready');
    }
    // Pages of one search are disjoint (server/features/staff/staff-search.ts); kept so if ever not.
    const known = new Set(hits().map((h) => h.staffRow.chat.id));
    setHits([...hits(), ...result.data.hits.filter((h) => !known.has(h.staffRow.chat.id))]);
    setCursor(result.data.nextCursor);
    setFailure(null);
    setPhase('ready');
  });
}

export function clearSearch(): void {
  token++;
  batch(() => {
    setQuery('');
    setHits([]);
    setCursor(null);
    setFailure(null);
    setPhase('idle');
  });
}
