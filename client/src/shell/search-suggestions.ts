import { createSignal, onCleanup } from 'solid-js';
import type { Suggestion } from '../../../shared/catalog.js';
import { request } from '../lib/socket.js';

const DEBOUNCE_MS = 150;
const QUERY_MAX_LENGTH = 120;

/**
 * As-you-type product suggestions: asked `DEBOUNCE_MS` after the last keystroke, and only the
 * answer to the latest text is shown (an answer to older text that arrives late is dropped).
 */
export function createSuggestions() {
  const [items, setItems] = createSignal<Suggestion[]>([]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  function update(text: string) {
    clearTimeout(timer);
    const call = ++latest;
    const q = text.trim().slice(0, QUERY_MAX_LENGTH);
    if (!q) return setItems([]);
    timer = setTimeout(async () => {
      const result = await request('catalog:suggest', { q }, { timeoutMs: 4000 });
      if (call === latest) setItems(result.ok ? result.data : []);
    }, DEBOUNCE_MS);
  }

  function clear() {
    clearTimeout(timer);
    latest += 1;
    setItems([]);
  }

  onCleanup(clear);
  return { items, update, clear };
}
