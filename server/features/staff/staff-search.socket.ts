import { route, type FeatureRoutes } from '../../socket/routes.js';
import type { AppSocket } from '../../socket/types.js';
import { StaffSearchSchema } from '../../../shared/desk-search.js';
import type { StaffDesk } from './staff-desk.js';
import { searchConversations } from './staff-search.js';

/** The desk's search (staff only). The orders a page shows are remembered for this socket until it goes. */
export const staffSearchHandlers = (desk: StaffDesk): FeatureRoutes => {
  const { ctx } = desk;
  // Shared by every staff socket (`this` is the one leaving).
  function forgetFound(this: AppSocket) {
    desk.foundOrders.forget(this.id);
  }
  return {
    onConnection(socket) {
      if (socket.data.role === 'staff') socket.on('disconnect', forgetFound);
    },
    routes: [
      route('staff:search', {
        schema: StaffSearchSchema,
        access: 'staff',
        run: (input, { socket }) => {
          const { orderIds, ...page } = searchConversations(ctx, desk.presence, input);
          desk.foundOrders.remember(socket.id, orderIds);
          return page;
        },
      }),
    ],
  };
};
