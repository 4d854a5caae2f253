import { useLocation } from '@solidjs/router';
import { createEffect, createSignal, lazy, on, Show, Suspense } from 'solid-js';
import { t } from '../../i18n/index.js';
import { createMediaQuery } from '../../ui/media-query.js';
import { ChatIcon, CollapseIcon } from './ChatIcons.js';

// The panel, the store and the Markdown renderer load when the chat is first opened.
const loadDialog = () => import('./ChatDialog.js');
const ChatDialog = lazy(loadDialog);

const PANEL_ID = 'chat-panel';

/**
 * The "Open chat" button on every other page and the chat it opens; light: the chat itself is a
 * separate chunk. From Tailwind's `lg` up (the header is one row there) the chat sits beside the
 * page [CHATUI1]; below, it is a modal panel, the whole screen on a phone [CHATUI2]. On a phone the button floats above the product page's buy bar
 * (`--buy-bar-height`), and on the cart and checkout it leaves the corner for a line at the end
 * of the page, so it never covers a field or "Place order" [CHATUI3].
 */
export function ChatLauncher() {
  const [open, setOpen] = createSignal(false);
  const docked = createMediaQuery('(min-width: 64rem)');
  let floating: HTMLButtonElement | undefined;
  let inline: HTMLButtonElement | undefined;
  const location = useLocation();

  // The Support page holds the whole chat; a floating button there would only cover its Send and Stop.
  // The staff console has its own conversations (and a reply box the button would cover).
  const shown = () => location.pathname !== '/support' && !/^\/staff(\/|$)/.test(location.pathname);
  const aside = () => /^\/(cart|checkout)(\/|$)/.test(location.pathname);

  // A link in the chat leads to its page: beside the page the chat stays open; covering it, it steps aside.
  createEffect(
    on(
      () => location.pathname,
      () => {
        if (!docked() || !shown()) setOpen(false);
      },
      { defer: true },
    ),
  );

  function close() {
    setOpen(false);
    // The one of the two launchers on screen at this width.
    [floating, inline].find((b) => b?.isConnected && b.getClientRects().length > 0)?.focus();
  }

  const launcherProps = () => ({
    type: 'button' as const,
    'aria-expanded': open(),
    'aria-controls': open() ? PANEL_ID : undefined,
    onPointerEnter: () => void loadDialog(),
    onFocus: () => void loadDialog(),
    onClick: () => (open() ? close() : setOpen(true)),
  });

  return (
    <Show when={shown()}>
      <button
        ref={floating}
        {...launcherProps()}
        aria-label={t('chat.open')}
        class={`fixed right-4 bottom-[calc(var(--buy-bar-height,0px)+1rem)] z-30 inline-flex size-14 items-center justify-center rounded-full bg-ink text-white shadow-lg hover:bg-ink-soft sm:right-6 sm:bottom-[calc(var(--buy-bar-height,0px)+1.5rem)] ${aside() ? 'max-sm:hidden' : ''}`}
      >
        <Show when={open() && docked()} fallback={<ChatIcon />}>
          <CollapseIcon />
        </Show>
      </button>
      <Show when={aside()}>
        <div class="flex flex-wrap items-center justify-between gap-3 border-t border-line bg-mist px-4 py-4 sm:hidden">
          <p class="text-sm text-ink-soft">{t('chatBeside.help')}</p>
          <button
            ref={inline}
            {...launcherProps()}
            class="inline-flex min-h-11 items-center gap-2 rounded-full bg-ink px-4 text-sm font-semibold text-white hover:bg-ink-soft"
          >
            <ChatIcon class="size-5" />
            {t('chat.open')}
          </button>
        </div>
      </Show>
      <Show when={open()}>
        <Suspense>
          <ChatDialog id={PANEL_ID} docked={docked()} onClose={close} />
        </Suspense>
      </Show>
    </Show>
  );
}
