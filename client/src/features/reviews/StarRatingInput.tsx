import { createSignal, createUniqueId, For, Show } from 'solid-js';
import { t } from '../../i18n/index.js';
import { STAR } from '../catalog/Stars.js';

const VALUES = [1, 2, 3, 4, 5] as const;

/**
 * "Rating": five real radios named by their number of stars. Each radio is an invisible layer
 * over its star (a click anywhere on the star lands on it, the focus ring outlines it); the
 * stars fill up to the choice, or to the one under the pointer as a preview.
 */
export function StarRatingInput(props: {
  value: number | null;
  onChange: (stars: number) => void;
  error?: string | undefined;
}) {
  const id = createUniqueId();
  const [hovered, setHovered] = createSignal<number | null>(null);
  const shown = () => hovered() ?? props.value ?? 0;

  return (
    <fieldset
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the fieldset holds native radio inputs; the role names them as one rating for assistive technology
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={props.error ? `${id}-error` : undefined}
    >
      <legend id={`${id}-legend`} class="text-sm font-semibold text-ink">
        {t('reviews.write.rating')}
      </legend>
      <div class="mt-1 flex items-center" onPointerLeave={() => setHovered(null)}>
        <For each={VALUES}>
          {(stars) => (
            <label
              class="relative inline-flex size-11 items-center justify-center rounded-full"
              onPointerEnter={() => setHovered(stars)}
            >
              <input
                type="radio"
                name="rating"
                value={stars}
                checked={props.value === stars}
                aria-invalid={props.error ? 'true' : undefined}
                onChange={() => props.onChange(stars)}
                class="absolute inset-0 size-full cursor-pointer appearance-none rounded-full"
              />
              {/* Empty stars are outlined in ink: a pale fill alone would be too faint to read as a control. */}
              <svg viewBox="0 0 20 20" aria-hidden="true" class="pointer-events-none size-8">
                <path
                  d={STAR}
                  stroke-width="1.2"
                  stroke-linejoin="round"
                  class={stars <= shown() ? 'fill-amber-400 stroke-amber-700' : 'fill-white stroke-ink-soft'}
                />
              </svg>
              <span class="sr-only">{t('reviews.write.star', { count: stars })}</span>
            </label>
          )}
        </For>
        <span aria-hidden="true" class="ml-2 min-w-12 text-sm font-semibold text-ink tabular-nums">
          {shown() ? `${shown()} / 5` : ''}
        </span>
      </div>
      <Show when={props.error}>
        <p id={`${id}-error`} class="mt-1 text-sm font-medium text-danger">
          {props.error}
        </p>
      </Show>
    </fieldset>
  );
}
