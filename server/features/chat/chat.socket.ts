import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { ChatContinueSchema, ChatEmptySchema, ChatRefSchema } from '../../../shared/chat.js';
import { continueChat, currentTranscript, follow, listOwnChats, ownChat, startNewChat } from './chat-conversations.js';
import type { ChatHub } from './chat-hub.js';
import { rooms } from '../../socket/rooms.js';

/**
 * Conversations: which one is current, reading any own one (and following its room), the
 * list, continuing and starting afresh. Guests chat too; identity comes from the session only.
 */
export const chatHandlers =
  (hub: ChatHub): RegisterHandlers =>
  (socket, limiter) => {
    const { ctx } = hub;
    handle(ctx, limiter, socket, 'chat:current', {
      schema: ChatEmptySchema,
      run: (_i, { session }) => currentTranscript(hub, socket, session),
    });
    handle(ctx, limiter, socket, 'chat:open', {
      schema: ChatRefSchema,
      run: ({ chatId }, { session }) => follow(hub, socket, session, ownChat(hub, session, chatId)),
    });
    handle(ctx, limiter, socket, 'chat:leave', {
      schema: ChatRefSchema,
      run: ({ chatId }) => {
        socket.leave(rooms.chat(chatId));
        return null;
      },
    });
    handle(ctx, limiter, socket, 'chat:list', {
      schema: ChatEmptySchema,
      run: (_i, { session }) => listOwnChats(hub, session),
    });
    handle(ctx, limiter, socket, 'chat:continue', {
      schema: ChatContinueSchema,
      run: ({ chatId }, { session }) => continueChat(hub, socket, session, chatId),
    });
    handle(ctx, limiter, socket, 'chat:new', {
      schema: ChatEmptySchema,
      run: (_i, { session }) => startNewChat(hub, session),
    });
  };
