import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { t } from '../i18n/index.js';
import { connectionNotice, type ConnectionNotice } from '../lib/connection-state.js';
import { connectionState } from '../lib/socket.js';

export function ConnectionIndicator() {
  const [visible, setVisible] = createSignal<ConnectionNotice | null>(null);

  createEffect(() => {
    const notice = connectionNotice(connectionState());
    setVisible(null);
    if (!notice) return;
    const timer = setTimeout(() => setVisible(notice), notice.showAfterMs);
    onCleanup(() => clearTimeout(timer));
  });

  return (
    <div class="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      {/* The status region stays in the page: a live region announces changes, not its first content. */}
      <div role="status" aria-live="polite">
        <Show when={visible()?.urgent === false && visible()}>{(notice) => <Notice notice={notice()} />}</Show>
      </div>
      {/* An alert is announced as it appears; an empty one left standing would be a second alert on every page. */}
      <Show when={visible()?.urgent && visible()}>
        {(notice) => (
          <div role="alert">
            <Notice notice={notice()} />
          </div>
        )}
      </Show>
    </div>
  );
}

function Notice(props: { notice: ConnectionNotice }) {
  return (
    <p class="inline-flex max-w-md items-center gap-2 rounded-2xl bg-ink px-4 py-2 text-sm font-medium text-white shadow-lg">
      <span
        aria-hidden="true"
        class={`size-2 shrink-0 animate-pulse rounded-full ${props.notice.urgent ? 'bg-red-400' : 'bg-amber-400'}`}
      />
      {t(props.notice.key)}
    </p>
  );
}
