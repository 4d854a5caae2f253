import type { JSX } from 'solid-js';

/**
 * The chat beside the page on a wide screen [CHATUI1]: docked bottom-right above the launcher and
 * below the header (its cart button stays in view), no overlay, no focus trap, the page scrolls
 * and clicks as usual. A labelled complementary
 * landmark rather than a dialog: screen readers list it with the page's landmarks, so a shopper
 * can move between the page and the chat, and it does not claim (as a dialog does) to be a task
 * to finish before returning to the page. Escape from anywhere inside closes it.
 */
export function ChatDock(props: {
  id: string;
  labelledBy: string;
  onClose: () => void;
  ref?: (panel: HTMLElement) => void;
  children: JSX.Element;
}) {
  function onKeyDown(event: KeyboardEvent) {
    // A control that used Escape itself (a native select's list) has already handled it.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    props.onClose();
  }
  return (
    <aside
      id={props.id}
      ref={(el) => props.ref?.(el)}
      aria-labelledby={props.labelledBy}
      onKeyDown={onKeyDown}
      class="fixed right-6 bottom-24 z-40 flex h-[min(40rem,calc(100dvh-11.5rem))] w-[min(26rem,calc(100vw-3rem))] flex-col overflow-hidden rounded-2xl border border-line bg-white shadow-2xl"
    >
      {props.children}
    </aside>
  );
}
