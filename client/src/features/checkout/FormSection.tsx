import type { JSX } from 'solid-js';

/** A titled group of the checkout form: a fieldset whose legend is the section's heading. */
export function FormSection(props: { heading: string; children: JSX.Element }) {
  return (
    <fieldset class="min-w-0 rounded-2xl border border-line p-5 sm:p-6">
      <legend class="float-left w-full">
        <h2 class="text-xl font-semibold tracking-tight text-ink">{props.heading}</h2>
      </legend>
      <div class="clear-both space-y-5 pt-4">{props.children}</div>
    </fieldset>
  );
}
