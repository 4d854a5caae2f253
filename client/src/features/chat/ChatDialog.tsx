import { type JSX, onMount, Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { SidePanel } from '../../ui/SidePanel.js';
import { ChatDock } from './ChatDock.js';
import { ChatPanel } from './ChatPanel.js';

/**
 * The launcher's chat, loaded only when the shopper opens it: docked beside the page on a wide
 * screen (non-modal, ChatDock.tsx), else a modal panel on the right, the whole screen on a phone
 * [CHATUI1, CHATUI2].
 * Either way focus moves to the message field, and Escape closes it with focus back on the
 * launcher.
 */
export default function ChatDialog(props: { id: string; docked: boolean; onClose: () => void }) {
  let panel: HTMLElement | undefined;
  let field: HTMLTextAreaElement | undefined;
  let autoFocused: HTMLElement | null = null;

  onMount(() => {
    // The field may appear only once the conversation has loaded.
    autoFocused = field ?? panel?.querySelector<HTMLElement>('button') ?? null;
    autoFocused?.focus();
  });

  const content = (): JSX.Element => (
    <ChatPanel
      headingId="chat-dialog-heading"
      heading={t('chat.heading')}
      onClose={props.onClose}
      fieldRef={(el) => {
        const first = !field;
        field = el;
        // Loaded after the panel opened: focus moves to the field, unless the shopper moved it
        // (beside the page they may have gone on browsing).
        const active = document.activeElement;
        const untouched = active === autoFocused || active === null || active === document.body;
        if (first && (untouched || (!props.docked && !panel?.contains(active)))) {
          queueMicrotask(() => el.focus());
        }
      }}
      class="h-full"
    />
  );

  return (
    <Show
      when={props.docked}
      fallback={
        <SidePanel
          labelledBy="chat-dialog-heading"
          onClose={props.onClose}
          id={props.id}
          ref={(el) => (panel = el)}
          layerClass="sm:p-4"
          class="h-dvh overflow-hidden sm:h-full sm:max-w-md sm:rounded-2xl"
        >
          {content()}
        </SidePanel>
      }
    >
      <ChatDock id={props.id} labelledBy="chat-dialog-heading" onClose={props.onClose} ref={(el) => (panel = el)}>
        {content()}
      </ChatDock>
    </Show>
  );
}
