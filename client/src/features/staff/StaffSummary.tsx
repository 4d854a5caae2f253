import { createUniqueId, For, Show } from 'solid-js';
import type { StaffCounters } from '../../../../shared/staff.js';
import { formatDate, formatPrice, t, type MessageKey } from '../../i18n/index.js';
import { counters, me, staffOnline } from './staff.store.js';

const hourLabel = (iso: string) => formatDate(iso, { hour: 'numeric' });

/** Conversations per hour as bars; the same numbers as a table for screen readers and on request. */
function HourChart(props: { hours: StaffCounters['conversationsByHour'] }) {
  const id = createUniqueId();
  const max = () => Math.max(1, ...props.hours.map((h) => h.count));
  const total = () => props.hours.reduce((sum, h) => sum + h.count, 0);
  const peak = () =>
    props.hours.reduce((best, h) => (h.count > best.count ? h : best), props.hours[0] ?? { hour: '', count: 0 });
  const W = 240;
  const H = 64;
  const barW = () => W / Math.max(1, props.hours.length);
  return (
    <figure aria-labelledby={id} class="min-w-0 rounded-xl border border-line p-3">
      <figcaption id={id} class="text-sm font-semibold text-ink">
        {t('staff.chart.heading')}
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H + 14}`}
        role="img"
        aria-label={t('staff.chart.summary', { total: total(), peak: peak().hour ? hourLabel(peak().hour) : '—' })}
        class="mt-2 h-20 w-full"
      >
        <For each={props.hours}>
          {(h, i) => {
            const height = () => (h.count / max()) * H;
            return (
              <>
                <rect
                  x={i() * barW() + 2}
                  y={H - height()}
                  width={barW() - 4}
                  height={Math.max(height(), 1)}
                  rx="2"
                  class={h.count ? 'fill-accent' : 'fill-line'}
                />
                <Show when={i() % 3 === 2}>
                  <text x={i() * barW() + barW() / 2} y={H + 12} text-anchor="middle" class="fill-ink-soft text-[9px]">
                    {hourLabel(h.hour)}
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
          <thead>
            <tr>
              <th scope="col" class="font-semibold">
                {t('staff.chart.hour')}
              </th>
              <th scope="col" class="text-right font-semibold">
                {t('staff.chart.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.hours}>
              {(h) => (
                <tr>
                  <td>{hourLabel(h.hour)}</td>
                  <td class="text-right tabular-nums">{h.count}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
    </figure>
  );
}

const TILES: readonly [MessageKey, (c: StaffCounters) => string][] = [
  ['staff.counters.active', (c) => String(c.active)],
  ['staff.counters.waiting', (c) => String(c.waiting)],
  ['staff.counters.byAi', (c) => String(c.handledByAiToday)],
  ['staff.counters.byStaff', (c) => String(c.handledByStaffToday)],
  ['staff.counters.orders', (c) => String(c.ordersToday)],
  ['staff.counters.revenue', (c) => formatPrice(c.revenueTodayCents)],
];

/** Today's counters, the hourly chart and who of the staff is online (laid out by its pane's width: an @container). */
export function StaffSummary() {
  const headingId = createUniqueId();
  const onlineId = createUniqueId();
  return (
    <div class="mt-4 grid gap-4 @4xl:grid-cols-[minmax(0,1fr)_16rem_14rem]">
      <section aria-labelledby={headingId}>
        <h2 id={headingId} class="sr-only">
          {t('staff.counters.heading')}
        </h2>
        <Show when={counters()}>
          {(c) => (
            <dl class="grid grid-cols-2 gap-2 @md:grid-cols-3 @6xl:grid-cols-6">
              <For each={TILES}>
                {([label, value]) => (
                  <div class="rounded-xl bg-mist px-3 py-2">
                    <dt class="text-xs font-medium text-ink-soft">{t(label)}</dt>
                    <dd class="text-xl font-bold tabular-nums text-ink">{value(c())}</dd>
                  </div>
                )}
              </For>
            </dl>
          )}
        </Show>
      </section>
      <Show when={counters()}>{(c) => <HourChart hours={c().conversationsByHour} />}</Show>
      <section aria-labelledby={onlineId} class="rounded-xl border border-line p-3">
        <h2 id={onlineId} class="text-sm font-semibold text-ink">
          {t('staff.online')}
        </h2>
        <ul class="mt-2 space-y-1 text-sm">
          <For each={staffOnline()}>
            {(member) => (
              <li class="flex items-center gap-2">
                <span aria-hidden="true" class="size-2 rounded-full bg-accent" />
                {member.id === me()?.id ? t('staff.you', { name: member.name }) : member.name}
              </li>
            )}
          </For>
        </ul>
        <Show when={staffOnline().every((m) => m.id === me()?.id)}>
          <p class="mt-1 text-xs text-ink-soft">{t('staff.nobodyOnline')}</p>
        </Show>
      </section>
    </div>
  );
}
