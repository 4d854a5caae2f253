import { createUniqueId, For } from 'solid-js';

/**
 * A choice of one among a few, as a row of pills: real radio inputs in a fieldset with a legend
 * (read by screen readers), arrow keys move, the focus ring shows on the pill.
 */
export function RadioPills<V extends string>(props: {
  legend: string;
  options: readonly V[];
  value: V;
  label: (value: V) => string;
  onChange: (value: V) => void;
}) {
  const name = createUniqueId();
  return (
    <fieldset>
      <legend class="sr-only">{props.legend}</legend>
      <div class="flex flex-wrap gap-1.5">
        <For each={props.options}>
          {(value) => (
            <label class="relative">
              <input
                type="radio"
                name={name}
                value={value}
                checked={props.value === value}
                onChange={() => props.onChange(value)}
                class="peer absolute inset-0 size-full cursor-pointer opacity-0"
              />
              <span class="inline-flex min-h-9 items-center rounded-full border border-line px-3 text-sm font-semibold text-ink peer-checked:border-ink peer-checked:bg-ink peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent">
                {props.label(value)}
              </span>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}
