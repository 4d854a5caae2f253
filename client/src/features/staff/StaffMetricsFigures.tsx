import { createUniqueId, For, Show } from 'solid-js';
import type { StaffMetrics } from '../../../../shared/staff.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { durationWords, percentOf } from './metrics-words.js';

const FIGURES: readonly [MessageKey, (m: StaffMetrics) => string | null][] = [
  [
    'staff.metrics.firstResponse',
    (m) => (m.medianFirstResponseMs === null ? null : durationWords(m.medianFirstResponseMs)),
  ],
  ['staff.metrics.resolution', (m) => (m.medianResolutionMs === null ? null : durationWords(m.medianResolutionMs))],
  [
    'staff.metrics.assistantOnly',
    (m) => {
      const percent = percentOf(m.assistantOnly.count, m.assistantOnly.of);
      return percent === null ? null : t('staff.metrics.assistantOnlyValue', { percent, of: m.assistantOnly.of });
    },
  ],
  [
    'staff.metrics.satisfaction',
    (m) =>
      m.satisfaction.average === null
        ? null
        : t('staff.metrics.satisfactionValue', {
            average: m.satisfaction.average.toFixed(1),
            count: m.satisfaction.count,
          }),
  ],
];

/** The week's figures: medians in words, the assistant's share, satisfaction; "None yet" while nothing was measured. */
export function StaffMetricsFigures(props: { metrics: StaffMetrics }) {
  const headingId = createUniqueId();
  return (
    <section aria-labelledby={headingId} class="mt-3">
      <h3 id={headingId} class="text-xs font-semibold tracking-wide text-ink-soft uppercase">
        {t('staff.metrics.heading')}
      </h3>
      <dl class="mt-1 grid grid-cols-2 gap-2 xl:grid-cols-4">
        <For each={FIGURES}>
          {([label, value]) => (
            <div class="rounded-xl bg-mist px-3 py-2">
              <dt class="text-xs font-medium text-ink-soft">{t(label)}</dt>
              <dd class="text-lg font-bold tabular-nums text-ink">
                <Show
                  when={value(props.metrics)}
                  fallback={<span class="text-ink-soft">{t('staff.metrics.none')}</span>}
                >
                  {(v) => v()}
                </Show>
              </dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
}
