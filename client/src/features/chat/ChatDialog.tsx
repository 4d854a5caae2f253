import { onCleanup, onMount } from 'solid-js';
import { Portal } from 'solid-js/web';
import { t } from '../../i18n/index.js';
import { ChatPanel } from './ChatPanel.js';
import { trapTab } from '../../ui/focus-trap.js';

/**
 * The launcher's chat: a modal panel on the right (the whole screen on a phone). Loaded only
 * when the shopper opens it. Escape closes it and focus returns to the launcher.
 */
export default function ChatDialog(props: { onClose: () => void }) {
  let panel: HTMLDivElement | undefined;
  let field: HTMLTextAreaElement | undefined;
  let autoFocused: HTMLElement | null = null;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    } else if (event.key === 'Tab' && panel) {
      trapTab(panel, event);
    }
  }

  onMount(() => {
    document.addEventListener('keydown', onKeyDown);
    document.body.style.overflow = 'hidden';
    // The field may appear only once the conversation has loaded.
    autoFocused = field ?? panel?.querySelector<HTMLElement>('button') ?? null;
    autoFocused?.focus();
  });
  onCleanup(() => {
    document.removeEventListener('keydown', onKeyDown);
    document.body.style.overflow = '';
  });

  return (
    <Portal>
      <div class="fixed inset-0 z-50 flex justify-end sm:p-4">
        <div class="absolute inset-0 bg-ink/30" aria-hidden="true" onClick={() => props.onClose()} />
        <div
          ref={panel}
          role="dialog"
          aria-modal="true"
          aria-labelledby="chat-dialog-heading"
          class="relative flex h-dvh w-full flex-col overflow-hidden bg-white shadow-2xl sm:h-full sm:max-w-md sm:rounded-2xl"
        >
          <ChatPanel
            headingId="chat-dialog-heading"
            heading={t('chat.heading')}
            onClose={props.onClose}
            fieldRef={(el) => {
              const first = !field;
              field = el;
              // Loaded after the dialog opened: focus moves to the field, unless the shopper moved it.
              if (first && (document.activeElement === autoFocused || !panel?.contains(document.activeElement))) {
                queueMicrotask(() => el.focus());
              }
            }}
            class="h-full"
          />
        </div>
      </div>
    </Portal>
  );
}
