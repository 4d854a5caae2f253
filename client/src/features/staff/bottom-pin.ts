import { onCleanup, onMount } from 'solid-js';

const NEAR_BOTTOM_PX = 80;

/**
 * Keep a scrolling transcript at its newest line while the reader is there ([SHELL2]): new
 * content and a pane that changes size (a form opening in the header, the window resized) keep
 * it at the bottom; only the reader scrolling up lets go. A scroll event arrives a frame after
 * the scroll, when more may have been added, so moving down never counts as letting go.
 */
export function createBottomPin(scroller: () => HTMLElement | undefined) {
  let pinned = true;
  let lastTop = 0;
  const distance = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight;
  function follow() {
    const el = scroller();
    if (!el || !pinned) return;
    el.scrollTop = el.scrollHeight;
    lastTop = el.scrollTop;
  }
  function onScroll() {
    const el = scroller();
    if (!el) return;
    const up = el.scrollTop < lastTop;
    lastTop = el.scrollTop;
    if (up || distance(el) < NEAR_BOTTOM_PX) pinned = distance(el) < NEAR_BOTTOM_PX;
  }
  onMount(() => {
    const el = scroller();
    if (!el || typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(follow);
    watch.observe(el);
    onCleanup(() => watch.disconnect());
  });
  return { follow, onScroll };
}
