import { createMemo, For, Show } from 'solid-js';
import type { Order } from '../../../../shared/orders.js';
import { t } from '../../i18n/index.js';
import { formatMoment, statusLabel } from './order-format.js';
import { timelineSteps, type TimelineStep } from './order-timeline.js';
import { StatusIcon, type StatusIconKind } from './StatusIcon.js';

const ICON_TONE: Record<StatusIconKind, string> = {
  done: 'text-accent',
  current: 'text-ink',
  upcoming: 'text-ink-soft/60',
  cancelled: 'text-danger',
};

function Step(props: { step: TimelineStep; last: boolean }) {
  const cancelled = () => props.step.status === 'cancelled';
  const state = () => props.step.state;
  // A delivered order has arrived: its last step is current, but drawn as done.
  const icon = (): StatusIconKind =>
    cancelled() ? 'cancelled' : props.step.status === 'delivered' && state() === 'current' ? 'done' : state();
  return (
    <li aria-current={state() === 'current' ? 'step' : undefined} class="relative flex gap-3 pb-6 last:pb-0">
      <Show when={!props.last}>
        <span
          aria-hidden="true"
          class={`absolute top-7 bottom-1 left-[11px] w-0.5 ${state() === 'done' ? 'bg-accent' : 'border-l-2 border-dashed border-line'}`}
        />
      </Show>
      <StatusIcon kind={icon()} class={`relative size-6 shrink-0 ${ICON_TONE[icon()]}`} />
      <div class="min-w-0">
        <p class={state() === 'upcoming' ? 'text-ink-soft' : 'font-semibold text-ink'}>
          {statusLabel(props.step.status)}
          {/* The current step has aria-current; a step to come says "Pending" below. */}
          <Show when={state() === 'done'}>
            <span class="sr-only">, {t('orders.timeline.done')}</span>
          </Show>
        </p>
        <p class="text-sm text-ink-soft">
          <Show when={props.step.at} fallback={state() === 'upcoming' ? t('orders.timeline.pending') : null}>
            {(at) => <time datetime={at()}>{formatMoment(at())}</time>}
          </Show>
          <Show when={props.step.by}>{(name) => ` · ${t('orders.timeline.byStaff', { name: name() })}`}</Show>
        </p>
      </div>
    </li>
  );
}

/**
 * Where the order is: placed → paid → packed → shipped → delivered (or cancelled), each step
 * with the time it was reached. The status sentence is a polite live region, so a screen
 * reader hears the order move while the page is open.
 */
export function StatusTimeline(props: { order: Pick<Order, 'status' | 'events'>; headingId: string }) {
  const steps = createMemo(() => timelineSteps(props.order));
  return (
    <section aria-labelledby={props.headingId} class="rounded-2xl border border-line p-6">
      <h2 id={props.headingId} class="text-lg font-semibold tracking-tight text-ink">
        {t('orders.timeline.heading')}
      </h2>
      <p role="status" class="mt-1 text-base text-ink">
        {t('orders.timeline.now', { status: statusLabel(props.order.status) })}
      </p>
      <ol aria-label={t('orders.timeline.steps')} class="mt-5">
        <For each={steps()}>{(step, i) => <Step step={step} last={i() === steps().length - 1} />}</For>
      </ol>
    </section>
  );
}
