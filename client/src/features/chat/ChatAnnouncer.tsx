import { createSignal, onCleanup, Show } from 'solid-js';
import { chatAnnouncement } from './chat.store.js';

// The Support page's panel and the launcher's dialog can both be on screen; only the one shown
// last speaks, so nothing is announced twice.
const [speakers, setSpeakers] = createSignal<readonly symbol[]>([]);

/** The polite live region: a finished answer, a staff or system message — never each token. */
export function ChatAnnouncer() {
  const me = Symbol('announcer');
  setSpeakers((all) => [...all, me]);
  onCleanup(() => setSpeakers((all) => all.filter((s) => s !== me)));
  return (
    <Show when={speakers().at(-1) === me}>
      <div role="status" aria-live="polite" class="sr-only">
        {chatAnnouncement()}
      </div>
    </Show>
  );
}
