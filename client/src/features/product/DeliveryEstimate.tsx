import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { dispatchEstimate } from '../../../../shared/dispatch.js';
import { formatDate, t } from '../../i18n/index.js';

const TICK_MS = 15_000;
const DAY_FORMAT: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };

/** A shop-zone calendar date (`YYYY-MM-DD`) as "Tue, Dec 8": read at UTC midnight, so no zone moves the day. */
const day = (iso: string) => formatDate(`${iso}T00:00:00Z`, DAY_FORMAT);

function timeLeft(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  return h ? t('pdp.delivery.hours', { h, m }) : t('pdp.delivery.minutes', { m });
}

/**
 * When an order placed now would arrive ([PDP5]), from the dispatch cut-off and the shipping
 * rules in shared/. The clock ticks it; both lines always take their space, so a change of
 * wording (the cut-off passing) moves nothing.
 */
export function DeliveryEstimate() {
  const [now, setNow] = createSignal(Date.now());
  onMount(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    onCleanup(() => clearInterval(timer));
  });
  const estimate = () => dispatchEstimate(now());
  return (
    <section aria-labelledby="delivery-heading" class="rounded-2xl border border-line p-4">
      <h2 id="delivery-heading" class="text-sm font-semibold text-ink">
        {t('pdp.delivery.heading')}
      </h2>
      <p class="mt-1 min-h-5 text-sm leading-5 font-medium text-accent">
        <Show
          when={estimate().cutoffInMs}
          fallback={t('pdp.delivery.dispatchOn', { date: day(estimate().dispatchDate) })}
        >
          {(ms) => t('pdp.delivery.cutoff', { time: timeLeft(ms()) })}
        </Show>
      </p>
      {/* One line each (they fit at 320 px), so a new date never rewraps them. */}
      <p class="mt-1 min-h-5 text-sm leading-5 text-ink-soft">
        {t('pdp.delivery.standard', {
          from: day(estimate().delivery.standard.from),
          to: day(estimate().delivery.standard.to),
        })}
      </p>
      <p class="min-h-5 text-sm leading-5 text-ink-soft">
        {t('pdp.delivery.express', {
          from: day(estimate().delivery.express.from),
          to: day(estimate().delivery.express.to),
        })}
      </p>
      <p class="mt-1 text-xs leading-4 text-ink-soft">{t('pdp.delivery.note')}</p>
    </section>
  );
}
