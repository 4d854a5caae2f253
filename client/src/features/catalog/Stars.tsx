import { Show } from 'solid-js';
import type { RatingSummary } from '../../../../shared/catalog.js';
import { t } from '../../i18n/index.js';

export const STAR = 'M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9L10 1.5Z';

function Row(props: { class: string }) {
  return (
    <svg viewBox="0 0 100 20" class={props.class} aria-hidden="true">
      {[0, 20, 40, 60, 80].map((x) => (
        <path d={STAR} transform={`translate(${x} 0)`} fill="currentColor" />
      ))}
    </svg>
  );
}

/**
 * Five stars filled to the average, with the review count; one accessible sentence (or `label`).
 * Without reviews, the words "No reviews yet" instead: five grey stars would read as a zero ([PDP6]).
 */
export function Stars(props: { rating: RatingSummary; class?: string; label?: string }) {
  const label = () =>
    props.label ?? t('catalog.rating.label', { average: props.rating.average ?? 0, count: props.rating.count });
  const fill = () => `${((props.rating.average ?? 0) / 5) * 100}%`;

  return (
    <Show
      when={props.rating.average !== null}
      fallback={
        <span class={`inline-flex items-center text-xs leading-4 text-ink-soft ${props.class ?? ''}`}>
          {t('catalog.rating.none')}
        </span>
      }
    >
      <span role="img" aria-label={label()} class={`inline-flex items-center gap-1.5 ${props.class ?? ''}`}>
        <span class="relative block h-3.5 w-[4.375rem] shrink-0">
          <Row class="absolute inset-0 h-3.5 w-[4.375rem] text-line" />
          <span class="absolute inset-y-0 left-0 overflow-hidden" style={{ width: fill() }}>
            <Row class="h-3.5 w-[4.375rem] max-w-none text-amber-500" />
          </span>
        </span>
        <Show when={props.rating.count > 0}>
          <span aria-hidden="true" class="text-xs text-ink-soft">
            ({props.rating.count})
          </span>
        </Show>
      </span>
    </Show>
  );
}
