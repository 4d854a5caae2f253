import { onCleanup, onMount, type JSX } from 'solid-js';
import { Portal } from 'solid-js/web';
import { trapTab } from './focus-trap.js';

interface SidePanelProps {
  /** For a control's aria-controls. */
  id?: string;
  /** The id of the panel's heading (its accessible name). */
  labelledBy: string;
  onClose: () => void;
  ref?: (panel: HTMLDivElement) => void;
  /** Extra classes of the panel and of the full-screen layer around it. */
  class?: string;
  layerClass?: string;
  children: JSX.Element;
}

/**
 * A modal panel on the right (the cart drawer, the chat): a dimmed overlay that closes it,
 * Escape closes it, Tab stays inside, the page behind does not scroll. Where focus goes on
 * opening and on closing differs per panel, so that stays with the caller.
 */
export function SidePanel(props: SidePanelProps) {
  let panel: HTMLDivElement | undefined;
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    } else if (event.key === 'Tab' && panel) {
      trapTab(panel, event);
    }
  }
  onMount(() => {
    // On the document: Escape and Tab must work even when focus has fallen to the body.
    document.addEventListener('keydown', onKeyDown);
    document.body.style.overflow = 'hidden';
  });
  onCleanup(() => {
    document.removeEventListener('keydown', onKeyDown);
    document.body.style.overflow = '';
  });
  return (
    <Portal>
      <div class={`fixed inset-0 z-50 flex justify-end ${props.layerClass ?? ''}`}>
        <div class="absolute inset-0 bg-ink/40" aria-hidden="true" onClick={() => props.onClose()} />
        <div
          ref={(el) => {
            panel = el;
            props.ref?.(el);
          }}
          id={props.id}
          role="dialog"
          aria-modal="true"
          aria-labelledby={props.labelledBy}
          class={`relative flex w-full flex-col bg-white shadow-2xl ${props.class ?? ''}`}
        >
          {props.children}
        </div>
      </div>
    </Portal>
  );
}
