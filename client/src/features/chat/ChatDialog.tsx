import { onMount } from 'solid-js';
import { t } from '../../i18n/index.js';
import { SidePanel } from '../../ui/SidePanel.js';
import { ChatPanel } from './ChatPanel.js';

/**
 * The launcher's chat: a modal panel on the right (the whole screen on a phone). Loaded only
 * when the shopper opens it. Escape closes it and focus returns to the launcher.
 */
export default function ChatDialog(props: { onClose: () => void }) {
  let panel: HTMLDivElement | undefined;
  let field: HTMLTextAreaElement | undefined;
  let autoFocused: HTMLElement | null = null;

  onMount(() => {
    // The field may appear only once the conversation has loaded.
    autoFocused = field ?? panel?.querySelector<HTMLElement>('button') ?? null;
    autoFocused?.focus();
  });

  return (
    <SidePanel
      labelledBy="chat-dialog-heading"
      onClose={props.onClose}
      ref={(el) => (panel = el)}
      layerClass="sm:p-4"
      class="h-dvh overflow-hidden sm:h-full sm:max-w-md sm:rounded-2xl"
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
    </SidePanel>
  );
}
