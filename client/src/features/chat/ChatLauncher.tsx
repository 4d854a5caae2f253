import { useLocation } from '@solidjs/router';
import { createEffect, createSignal, lazy, on, Show, Suspense } from 'solid-js';
import { t } from '../../i18n/index.js';

// The panel, the store and the Markdown renderer load when the chat is first opened.
const loadDialog = () => import('./ChatDialog.js');
const ChatDialog = lazy(loadDialog);

function ChatIcon() {
  return (
    <svg viewBox="0 0 24 24" class="size-6" aria-hidden="true">
      <path
        d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4h0A1.5 1.5 0 0 1 4 14.5v-9Z"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linejoin="round"
      />
      <path d="M8.5 9.5h7M8.5 12.5h4.5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}

/** The floating "Open chat" button on every other page; light: the chat itself is a separate chunk. */
export function ChatLauncher() {
  const [open, setOpen] = createSignal(false);
  let button: HTMLButtonElement | undefined;
  const location = useLocation();
  // A link in the chat (a product, an order) leads to its page: the chat steps aside.
  createEffect(
    on(
      () => location.pathname,
      () => setOpen(false),
      { defer: true },
    ),
  );

  function close() {
    setOpen(false);
    button?.focus();
  }

  // The Support page holds the whole chat; a floating button there would only cover its Send and Stop.
  // The staff console has its own conversations (and a reply box the button would cover).
  const shown = () => location.pathname !== '/support' && !/^\/staff(\/|$)/.test(location.pathname);
  return (
    <Show when={shown()}>
      <button
        ref={button}
        type="button"
        aria-label={t('chat.open')}
        aria-haspopup="dialog"
        aria-expanded={open()}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => setOpen(true)}
        class="fixed right-4 bottom-4 z-30 inline-flex size-14 items-center justify-center rounded-full bg-ink text-white shadow-lg hover:bg-ink-soft sm:right-6 sm:bottom-6"
      >
        <ChatIcon />
      </button>
      <Show when={open()}>
        <Suspense>
          <ChatDialog onClose={close} />
        </Suspense>
      </Show>
    </Show>
  );
}
