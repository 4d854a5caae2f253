import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { StaffSearchSchema } from '../../../shared/desk-search.js';
import type { StaffDesk } from './staff-desk.js';
import { searchConversations } from './staff-search.js';

/** The desk's search (staff only). The orders a page shows are remembered for this socket until it goes. */
export const staffSearchHandlers =
  (desk: StaffDesk): RegisterHandlers =>
  (socket, limiter) => {
    const { ctx } = desk;
    if (socket.data.role === 'staff') socket.on('disconnect', () => desk.foundOrders.forget(socket.id));
    handle(ctx, limiter, socket, 'staff:search', {
      schema: StaffSearchSchema,
      access: 'staff',
      run: (input) => {
        const { orderIds, ...page } = searchConversations(ctx, desk.presence, input);
        desk.foundOrders.remember(socket.id, orderIds);
        return page;
      },
    });
  };
