import { createSignal } from 'solid-js';
import { parseRecentlyViewed, recordView } from '../../../../shared/recently-viewed.js';

/**
 * The recently viewed products of this browser ([PDP4]): slugs in localStorage, newest first.
 * Other tabs learn of a change through the `storage` event, so every tab shows the same list.
 * Storage may be refused (private mode, a full quota): the list then lives for this tab only.
 */
const KEY = 'visionx.recentlyViewed';

function read(): string[] {
  try {
    return parseRecentlyViewed(localStorage.getItem(KEY));
  } catch {
    return [];
  }
}

const [recentlyViewed, setRecentlyViewed] = createSignal<string[]>(typeof localStorage === 'undefined' ? [] : read());
export { recentlyViewed };

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) setRecentlyViewed(read());
  });
}

/** The shopper opened this product. */
export function noteViewed(slug: string): void {
  const next = recordView(recentlyViewed(), slug);
  setRecentlyViewed(next);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Not stored: this tab still remembers.
  }
}
