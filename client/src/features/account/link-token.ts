import { onCleanup, onMount } from 'solid-js';
import { tokenFromHash } from './recovery-api.js';

/**
 * The token of a link page (`…#token=…`), read when the page opens and whenever the fragment
 * changes (a second link opened in the same tab), then taken out of the address bar and the
 * history. `take` gets null when the page was opened without one; a later fragment without a
 * token (the skip link's `#main`) changes nothing.
 */
export function onLinkToken(take: (token: string | null) => void): void {
  const read = (opening: boolean) => {
    const token = tokenFromHash(window.location.hash);
    if (token !== null) history.replaceState(history.state, '', window.location.pathname);
    if (token !== null || opening) take(token);
  };
  const again = () => read(false);
  onMount(() => read(true));
  window.addEventListener('hashchange', again);
  onCleanup(() => window.removeEventListener('hashchange', again));
}
