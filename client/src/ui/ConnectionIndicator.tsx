import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { t, type MessageKey } from '../i18n/index.js';
import { connectionStatus, type ConnectionStatus } from '../lib/socket.js';

// Short blips (a reconnect after signing in, a network hiccup) resolve before anyone needs
// to be told; only a lasting problem is shown.
const SHOW_AFTER_MS: Record<ConnectionStatus, number> = {
  connected: Infinity,
  connecting: 3000,
  reconnecting: 1000,
  offline: 0,
};
const LABELS: Record<Exclude<ConnectionStatus, 'connected'>, MessageKey> = {
  connecting: 'connection.connecting',
  reconnecting: 'connection.reconnecting',
  offline: 'connection.offline',
};

export function ConnectionIndicator() {
  const [visible, setVisible] = createSignal<ConnectionStatus | null>(null);

  createEffect(() => {
    const status = connectionStatus();
    setVisible(null);
    if (status === 'connected') return;
    const timer = setTimeout(() => setVisible(status), SHOW_AFTER_MS[status]);
    onCleanup(() => clearTimeout(timer));
  });

  return (
    <div role="status" aria-live="polite" class="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      <Show when={visible()}>
        {(status) => (
          <p class="inline-flex items-center gap-2 rounded-full bg-ink px-4 py-2 text-sm font-medium text-white shadow-lg">
            <span aria-hidden="true" class="size-2 animate-pulse rounded-full bg-amber-400" />
            {t(LABELS[status() as keyof typeof LABELS])}
          </p>
        )}
      </Show>
    </div>
  );
}
