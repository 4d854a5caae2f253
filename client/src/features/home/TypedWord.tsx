import { createSignal, onCleanup, onMount, Show } from 'solid-js';

const TYPE_MS = 110;
const ERASE_MS = 55;
const HOLD_MS = 1800;

function prefersReducedMotion(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
}

/**
 * Types each word, holds it, erases it, moves on. Purely visual: the heading carries the
 * accessible text. With reduced motion it shows the last word and stays still.
 */
export function TypedWord(props: { words: readonly string[] }) {
  const last = () => props.words[props.words.length - 1] ?? '';
  const [text, setText] = createSignal(last());
  const [animating, setAnimating] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function step(index: number, length: number, erasing: boolean) {
    const word = props.words[index % props.words.length] ?? '';
    setText(word.slice(0, length));
    if (!erasing && length < word.length) timer = setTimeout(() => step(index, length + 1, false), TYPE_MS);
    else if (!erasing) timer = setTimeout(() => step(index, length, true), HOLD_MS);
    else if (length > 0) timer = setTimeout(() => step(index, length - 1, true), ERASE_MS);
    else timer = setTimeout(() => step(index + 1, 0, false), TYPE_MS * 3);
  }

  function stop() {
    clearTimeout(timer);
    setAnimating(false);
    setText(last());
  }

  function start() {
    clearTimeout(timer);
    setAnimating(true);
    step(0, 0, false);
  }

  onMount(() => {
    const query = prefersReducedMotion();
    const apply = () => (query?.matches ? stop() : start());
    apply();
    query?.addEventListener('change', apply);
    onCleanup(() => query?.removeEventListener('change', apply));
  });
  onCleanup(() => clearTimeout(timer));

  return (
    <span aria-hidden="true" class="inline-flex items-baseline">
      <span class="text-accent">{text()}</span>
      <Show when={animating()}>
        <span class="caret ml-1 inline-block h-[0.85em] w-[0.08em] translate-y-[0.08em] bg-accent" />
      </Show>
    </span>
  );
}
