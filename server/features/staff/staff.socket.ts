import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { rooms } from '../../socket/rooms.js';
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
export const staffPresenceHandlers =
  (desk: StaffDesk): RegisterHandlers =>
  (socket, limiter) => {
    const { ctx, presence } = desk;
    const { userId, role, sessionId } = socket.data;
    const member = role === 'staff' && userId !== null ? findUserById(ctx.db, userId) : undefined;
    if (member) {
      clearTimeout(desk.awayTimers.get(member.id));
      desk.awayTimers.delete(member.id);
      if (presence.staffConnected(socket.id, { id: member.id, name: firstName(member.name) }))
        announceStaffOnline(desk);
      socket.on('disconnect', () => {
        const left = presence.unwatch(socket.id);
        const gone = presence.staffDisconnected(socket.id);
        if (desk.stopped) return;
        viewersLeft(desk, left);
        if (!gone) return;
        announceStaffOnline(desk);
        const timer = setTimeout(() => {
          desk.awayTimers.delete(member.id);
          releaseConversationsOf(desk, member.id);
        }, STAFF_AWAY_MS);
        timer.unref();
        desk.awayTimers.set(member.id, timer);
      });
    } else {
      const ownerRoom = userId !== null ? rooms.user(userId) : rooms.session(sessionId);
      refreshShopper(desk, ownerRoom);
      socket.on('disconnect', () => refreshShopper(desk, ownerRoom));
    }
    handle(ctx, limiter, socket, 'chat:typing', {
      schema: TypingSchema,
      run: ({ chatId, typing }, { session }) => {
        ownChat(desk.hub, session, chatId);
        socket.to(rooms.chat(chatId)).emit('chat:typing-changed', { chatId, role: 'user', typing });
        return null;
      },
    });
  };

/** The console's reading side: the overview and watching a conversation. Staff only. */
export const staffHandlers =
  (desk: StaffDesk): RegisterHandlers =>
  (socket, limiter) => {
    const { ctx } = desk;
    handle(ctx, limiter, socket, 'staff:overview', {
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
    });
    handle(ctx, limiter, socket, 'staff:watch', {
      schema: StaffChatRefSchema,
      access: 'staff',
      run: ({ chatId }) => {
        const detail = watchConversation(desk, socket, chatId);
        refreshRow(desk, chatId); // colleagues see me among its viewers ([SEEN1])
        return detail;
      },
    });
    handle(ctx, limiter, socket, 'staff:unwatch', {
      schema: StaffChatRefSchema,
      access: 'staff',
      run: ({ chatId }) => unwatchConversation(desk, socket, chatId, viewersLeft),
    });
    handle(ctx, limiter, socket, 'staff:typing', {
      schema: TypingSchema,
      access: 'staff',
      run: ({ chatId, typing }, { session }) => {
        const me = staffMember(desk, session);
        assignedChat(desk, me, chatId); // only the one who speaks for VisionX here
        setComposing(desk, socket.id, chatId, typing);
        socket.to(rooms.chat(chatId)).emit('chat:typing-changed', { chatId, role: 'staff', name: me.name, typing });
        return null;
      },
    });
  };

/** The console's acting side. Staff only; every action goes through the shop's own rules. */
export const staffActionHandlers =
  (desk: StaffDesk): RegisterHandlers =>
  (socket, limiter) => {
    const { ctx } = desk;
    handle(ctx, limiter, socket, 'staff:take-over', {
      schema: StaffChatRefSchema,
      access: 'staff',
      run: ({ chatId }, { session }) => takeOver(desk, session, chatId),
    });
    handle(ctx, limiter, socket, 'staff:reply', {
      schema: StaffReplySchema,
      access: 'staff',
      run: (input, { session }) => reply(desk, session, input),
    });
    handle(ctx, limiter, socket, 'staff:hand-back', {
      schema: StaffChatRefSchema,
      access: 'staff',
      run: ({ chatId }, { session }) => handBack(desk, session, chatId),
    });
    handle(ctx, limiter, socket, 'staff:close', {
      schema: StaffCloseSchema,
      access: 'staff',
      run: (input, { session }) => closeConversation(desk, session, input),
    });
    handle(ctx, limiter, socket, 'staff:propose', {
      schema: StaffProposeSchema,
      access: 'staff',
      run: (input, { session }) => proposeToShopper(desk, session, input),
    });
    handle(ctx, limiter, socket, 'staff:order-move', {
      schema: StaffOrderMoveSchema,
      access: 'staff',
      run: (input, { session }) => moveOrderInView(desk, socket, session, input),
    });
  };
