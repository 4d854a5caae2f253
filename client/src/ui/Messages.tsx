import { Show } from 'solid-js';

// Rendered only while there is something to say, so a page never holds empty alert regions;
// screen readers announce an alert or status element when it is inserted with its text.

/** A form-level error. */
export function FormAlert(props: { message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      <p
        role="alert"
        class="rounded-lg border border-danger/30 bg-danger-soft px-4 py-3 text-sm font-medium text-danger"
      >
        {props.message}
      </p>
    </Show>
  );
}

/** A polite confirmation, e.g. after a saved change. */
export function SuccessNote(props: { message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      <p
        role="status"
        class="rounded-lg border border-accent/30 bg-accent-soft px-4 py-3 text-sm font-medium text-accent-strong"
      >
        {props.message}
      </p>
    </Show>
  );
}
