import type { Accessor } from 'solid-js';
import type { CatalogListInput, CatalogPage } from '../../../../shared/catalog.js';
import { createRemote } from '../../lib/remote.js';
import { request } from '../../lib/socket.js';
import { toListInput, type ShopState } from './shop-query.js';

// The last listing shown, so coming back from a product (the back button) draws the same list
// at once, then refreshes it: stock may have changed meanwhile.
let last: { key: string; page: CatalogPage } | null = null;

async function loadListing(input: CatalogListInput) {
  const result = await request('catalog:list', input);
  if (result.ok) last = { key: JSON.stringify(input), page: result.data };
  return result;
}

/** The listing for the Shop's state: the newest request's answer wins, the old one stays meanwhile. */
export function createListing(state: Accessor<ShopState>) {
  return createRemote(() => toListInput(state()), loadListing, {
    keepPrevious: true,
    cached: (input) => (last?.key === JSON.stringify(input) ? last.page : undefined),
  });
}
