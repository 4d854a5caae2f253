import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { StaffMetrics, StartedIn } from '../../../../shared/staff.js';
import { formatDate, t } from '../../i18n/index.js';
import { RadioPills } from '../../ui/RadioPills.js';

type Span = 'hour' | 'day';
const SPANS = ['hour', 'day'] as const;
const SPAN_WORDS = { hour: 'staff.chart.byHour', day: 'staff.chart.byDay' } as const;
const COLUMN = { hour: 'staff.chart.hour', day: 'staff.chart.day' } as const;
const SUMMARY = { hour: 'staff.chart.summaryHour', day: 'staff.chart.summaryDay' } as const;

// The server counts days in UTC ("today" of the counters), so a day is named in UTC too.
const label = (span: Span, iso: string) =>
  span === 'hour'
    ? formatDate(iso, { hour: 'numeric' })
    : formatDate(iso, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });

/** Conversations started per hour (24 h) or per day (14 days) as bars, with the same numbers as a table. */
export function StaffActivityChart(props: { metrics: StaffMetrics }) {
  const id = createUniqueId();
  const [span, setSpan] = createSignal<Span>('hour');
  const buckets = (): StartedIn[] => (span() === 'hour' ? props.metrics.byHour : props.metrics.byDay);
  const max = () => Math.max(1, ...buckets().map((b) => b.count));
  const total = () => buckets().reduce((sum, b) => sum + b.count, 0);
  const peak = () =>
    buckets().reduce((best, b) => (b.count > best.count ? b : best), buckets()[0] ?? { at: '', count: 0 });
  const W = 240;
  const H = 64;
  const barW = () => W / Math.max(1, buckets().length);
  const labelEvery = () => (span() === 'hour' ? 6 : 3);
  return (
    <figure aria-labelledby={id} class="min-w-0 rounded-xl border border-line p-3">
      <figcaption id={id} class="text-sm font-semibold text-ink">
        {t('staff.chart.heading')}
      </figcaption>
      <div class="mt-2">
        <RadioPills
          legend={t('staff.chart.view')}
          options={SPANS}
          value={span()}
          label={(value) => t(SPAN_WORDS[value])}
          onChange={setSpan}
        />
      </div>
      <svg
        viewBox={`0 0 ${W} ${H + 14}`}
        role="img"
        aria-label={t(SUMMARY[span()], { total: total(), peak: peak().count ? label(span(), peak().at) : '—' })}
        class="mt-2 h-20 w-full"
      >
        <For each={buckets()}>
          {(b, i) => {
            const height = () => (b.count / max()) * H;
            return (
              <>
                <rect
                  x={i() * barW() + 1}
                  y={H - height()}
                  width={Math.max(barW() - 2, 1)}
                  height={Math.max(height(), 1)}
                  rx="2"
                  class={b.count ? 'fill-accent' : 'fill-line'}
                />
                <Show when={(buckets().length - 1 - i()) % labelEvery() === 0}>
                  <text x={i() * barW() + barW() / 2} y={H + 12} text-anchor="middle" class="fill-ink-soft text-[9px]">
                    {label(span(), b.at)}
                  </text>
                </Show>
              </>
            );
          }}
        </For>
      </svg>
      <details class="mt-1 text-sm">
        <summary class="cursor-pointer text-ink-soft">{t('staff.chart.showTable')}</summary>
        <table class="mt-2 w-full text-left">
          <caption class="sr-only">{t(SPAN_WORDS[span()])}</caption>
          <thead>
            <tr>
              <th scope="col" class="font-semibold">
                {t(COLUMN[span()])}
              </th>
              <th scope="col" class="text-right font-semibold">
                {t('staff.chart.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={buckets()}>
              {(b) => (
                <tr>
                  <td>{label(span(), b.at)}</td>
                  <td class="text-right tabular-nums">{b.count}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
    </figure>
  );
}
