import { route, type FeatureRoutes } from '../../socket/routes.js';
import { rooms } from '../../socket/rooms.js';
import type { AppSocket } from '../../socket/types.js';
import {
  StaffChatRefSchema,
  StaffCloseSchema,
  StaffOrderMoveSchema,
  StaffProposeSchema,
  StaffReplySchema,
  TypingSchema,
} from '../../../shared/staff.js';
import { StaffOverviewQuerySchema } from '../../../shared/desk-triage.js';
import { findUserById } from '../auth/users.repo.js';
import { ownChat } from '../chat/chat-conversations.js';
import { firstName } from './shopper-of-chat.js';
import {
  assignedChat,
  closeConversation,
  handBack,
  releaseConversationsOf,
  reply,
  staffMember,
  takeOver,
} from './staff-actions.js';
import { staffMembers } from './staff-assign.js';
import { listConversations } from './staff-board.js';
import { setComposing, viewersLeft } from './staff-collision.js';
import { staffMetrics } from './staff-metrics.js';
import { announceStaffOnline, refreshRow, refreshShopper, STAFF_AWAY_MS, type StaffDesk } from './staff-desk.js';
import { proposeToShopper } from './staff-offers.js';
import { moveOrderInView } from './staff-order-move.js';
import { unwatchConversation, watchConversation } from './staff-watch.js';

/**
 * Presence on every connection: staff come online and go; a shopper's tabs count shows in the
 * console. Also the shopper's typing indicator (the one non-staff event here).
 */
export const staffPresenceHandlers = (desk: StaffDesk): FeatureRoutes => {
  const { ctx, presence } = desk;
  // The disconnect listeners are built once here and shared by every socket (`this` is the one leaving).
  function staffLeft(this: AppSocket) {
    const memberId = this.data.userId!;
    const left = presence.unwatch(this.id);
    const gone = presence.staffDisconnected(this.id);
    if (desk.stopped) return;
    viewersLeft(desk, left);
    if (!gone) return;
    announceStaffOnline(desk);
    const timer = setTimeout(() => {
      desk.awayTimers.delete(memberId);
      // Back meanwhile, maybe on another process ([XPRES2]): nothing to hand on.
      if (!presence.staffOnline().some((m) => m.id === memberId)) releaseConversationsOf(desk, memberId);
    }, STAFF_AWAY_MS);
    timer.unref();
    desk.awayTimers.set(memberId, timer);
  }
  function shopperLeft(this: AppSocket) {
    refreshShopper(desk, ownerRoomOf(this));
  }
  return {
    onConnection(socket) {
      const { userId, role } = socket.data;
      const member = role === 'staff' && userId !== null ? findUserById(ctx.db, userId) : undefined;
      if (member) {
        clearTimeout(desk.awayTimers.get(member.id));
        desk.awayTimers.delete(member.id);
        if (presence.staffConnected(socket.id, { id: member.id, name: firstName(member.name) }))
          announceStaffOnline(desk);
        socket.on('disconnect', staffLeft);
      } else {
        refreshShopper(desk, ownerRoomOf(socket));
        socket.on('disconnect', shopperLeft);
      }
    },
    routes: [
      route('chat:typing', {
        schema: TypingSchema,
        run: ({ chatId, typing }, { session, socket }) => {
          ownChat(desk.hub, session, chatId);
          socket.to(rooms.chat(chatId)).emit('chat:typing-changed', { chatId, role: 'user', typing });
          return null;
        },
      }),
    ],
  };
};

/** A shopper's tabs are counted in their user's room, or their session's for a guest. */
const ownerRoomOf = ({ data }: AppSocket) =>
  data.userId !== null ? rooms.user(data.userId) : rooms.session(data.sessionId);

/** The console's reading side: the overview and watching a conversation. Staff only. */
export const staffHandlers = (desk: StaffDesk): FeatureRoutes => {
  const { ctx } = desk;
  return {
    routes: [
      route('staff:overview', {
        schema: StaffOverviewQuerySchema,
        access: 'staff',
        run: (query, { session }) => {
          const me = staffMember(desk, session);
          const metrics = staffMetrics(ctx);
          return {
            conversations: listConversations(ctx, desk.presence, query, me.id),
            staffOnline: desk.presence.staffOnline(),
            staffMembers: staffMembers(desk),
            counters: metrics.counters,
            metrics,
            me,
          };
        },
      }),
      route('staff:watch', {
        schema: StaffChatRefSchema,
        access: 'staff',
        run: async ({ chatId }, { socket }) => {
          const detail = await watchConversation(desk, socket, chatId);
          refreshRow(desk, chatId); // colleagues see me among its viewers ([SEEN1])
          return detail;
        },
      }),
      route('staff:unwatch', {
        schema: StaffChatRefSchema,
        access: 'staff',
        run: ({ chatId }, { socket }) => unwatchConversation(desk, socket, chatId, viewersLeft),
      }),
      route('staff:typing', {
        schema: TypingSchema,
        access: 'staff',
        run: ({ chatId, typing }, { session, socket }) => {
          const me = staffMember(desk, session);
          assignedChat(desk, me, chatId); // only the one who speaks for VisionX here
          setComposing(desk, socket.id, chatId, typing);
          socket.to(rooms.chat(chatId)).emit('chat:typing-changed', { chatId, role: 'staff', name: me.name, typing });
          return null;
        },
      }),
    ],
  };
};

/** The console's acting side. Staff only; every action goes through the shop's own rules. */
export const staffActionHandlers = (desk: StaffDesk): FeatureRoutes => ({
  routes: [
    route('staff:take-over', {
      schema: StaffChatRefSchema,
      access: 'staff',
      run: ({ chatId }, { session }) => takeOver(desk, session, chatId),
    }),
    route('staff:reply', {
      schema: StaffReplySchema,
      access: 'staff',
      run: (input, { session }) => reply(desk, session, input),
    }),
    route('staff:hand-back', {
      schema: StaffChatRefSchema,
      access: 'staff',
      run: ({ chatId }, { session }) => handBack(desk, session, chatId),
    }),
    route('staff:close', {
      schema: StaffCloseSchema,
      access: 'staff',
      run: (input, { session }) => closeConversation(desk, session, input),
    }),
    route('staff:propose', {
      schema: StaffProposeSchema,
      access: 'staff',
      run: (input, { session }) => proposeToShopper(desk, session, input),
    }),
    route('staff:order-move', {
      schema: StaffOrderMoveSchema,
      access: 'staff',
      run: (input, { session, socket }) => moveOrderInView(desk, socket, session, input),
    }),
  ],
});
