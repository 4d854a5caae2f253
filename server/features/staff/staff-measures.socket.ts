import { route, type FeatureRoutes } from '../../socket/routes.js';
import { rooms } from '../../socket/rooms.js';
import { ChatRateSchema } from '../../../shared/ratings.js';
import { rateConversation } from './ratings.js';
import type { StaffDesk } from './staff-desk.js';
import { staffMetrics } from './staff-metrics.js';

/** What changes the figures: conversations' rows (a frame was pushed), a hand-off, an order placed or moved. */
const METRIC_EVENTS = new Set(['staff:conversations', 'staff:handoff-requested', 'order:updated']);

/**
 * The desk's figures as they are when the push goes out, to the staff room only, at most once
 * per DESK_METRICS_WINDOW_MS (their own window in the desk's coalesced pushes), and only while
 * staff are online: nobody reads them otherwise, and the overview reads them afresh.
 */
export function pushMetrics(desk: StaffDesk): void {
  const staffOnline = () => desk.presence.staffOnline().length > 0;
  if (!staffOnline()) return;
  desk.pushes.push(
    'metrics',
    // Staff may all have left by the window's end.
    () => staffOnline() && desk.ctx.publish(rooms.staff(), 'staff:metrics', staffMetrics(desk.ctx)),
    desk.ctx.config.DESK_METRICS_WINDOW_MS,
  );
}

/**
 * The desk's measures (docs/ARCHITECTURE.md §7): the shopper's rating of a resolved conversation
 * (`chat:rate`, the one shopper event here), and the live figures. Built once at wiring: the
 * figures follow what the shop publishes (a rating's row push included), as the desk's rows do.
 */
export function staffMeasureHandlers(desk: StaffDesk): FeatureRoutes {
  desk.ctx.observe((_room, event) => {
    if (METRIC_EVENTS.has(event)) pushMetrics(desk);
  });
  return {
    routes: [
      route('chat:rate', {
        schema: ChatRateSchema,
        run: (input, { session }) => rateConversation(desk, session, input),
      }),
    ],
  };
}
