import type { OrderStatus } from '../../../../shared/order-status.js';
import { statusLabel } from './order-format.js';
import { StatusIcon, type StatusIconKind } from './StatusIcon.js';

const TONE: Record<OrderStatus, string> = {
  placed: 'border-line bg-mist text-ink',
  paid: 'border-line bg-mist text-ink',
  packed: 'border-amber-300 bg-amber-50 text-amber-900',
  shipped: 'border-sky-300 bg-sky-50 text-sky-900',
  delivered: 'border-accent/40 bg-accent-soft text-accent-strong',
  cancelled: 'border-danger/30 bg-danger-soft text-danger',
};

const ICON: Record<OrderStatus, StatusIconKind> = {
  placed: 'current',
  paid: 'current',
  packed: 'current',
  shipped: 'current',
  delivered: 'done',
  cancelled: 'cancelled',
};

/** The order's status as a label with an icon; the word carries the meaning, the colour only helps. */
export function StatusBadge(props: { status: OrderStatus }) {
  return (
    <span
      class={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-sm font-semibold whitespace-nowrap ${TONE[props.status]}`}
    >
      <StatusIcon kind={ICON[props.status]} class="size-4" />
      {statusLabel(props.status)}
    </span>
  );
}
