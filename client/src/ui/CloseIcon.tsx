/** The "×" of every close and dismiss button; the button carries the accessible name. */
export function CloseIcon(props: { class?: string; strokeWidth?: number }) {
  return (
    <svg viewBox="0 0 24 24" class={props.class ?? 'size-5'} aria-hidden="true">
      <path
        d="M6 6l12 12M18 6 6 18"
        stroke="currentColor"
        stroke-width={props.strokeWidth ?? 1.8}
        stroke-linecap="round"
      />
    </svg>
  );
}
