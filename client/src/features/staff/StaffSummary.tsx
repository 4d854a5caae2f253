import { createUniqueId, For, Show } from 'solid-js';
import type { StaffCounters } from '../../../../shared/staff.js';
import { formatPrice, t, type MessageKey } from '../../i18n/index.js';
import { counters, me, metrics, staffOnline } from './staff.store.js';
import { StaffActivityChart } from './StaffActivityChart.js';
import { StaffMetricsFigures } from './StaffMetricsFigures.js';

const TILES: readonly [MessageKey, (c: StaffCounters) => string][] = [
  ['staff.counters.active', (c) => String(c.active)],
  ['staff.counters.waiting', (c) => String(c.waiting)],
  ['staff.counters.byAi', (c) => String(c.handledByAiToday)],
  ['staff.counters.byStaff', (c) => String(c.handledByStaffToday)],
  ['staff.counters.orders', (c) => String(c.ordersToday)],
  ['staff.counters.revenue', (c) => formatPrice(c.revenueTodayCents)],
];

/** Today's counters, the week's figures, the chart of conversations started and who of the staff is online (laid out by its pane's width: an @container). */
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
        <Show when={metrics()}>{(m) => <StaffMetricsFigures metrics={m()} />}</Show>
      </section>
      <Show when={metrics()}>{(m) => <StaffActivityChart metrics={m()} />}</Show>
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
