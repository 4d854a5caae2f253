import { route, type FeatureRoutes } from '../../socket/routes.js';
import { ChatContinueSchema, ChatEmptySchema, ChatRefSchema } from '../../../shared/chat.js';
import { continueChat, currentTranscript, follow, listOwnChats, ownChat, startNewChat } from './chat-conversations.js';
import type { ChatHub } from './chat-hub.js';
import { rooms } from '../../socket/rooms.js';

/**
 * Conversations: which one is current, reading any own one (and following its room), the
 * list, continuing and starting afresh. Guests chat too; identity comes from the session only.
 */
export const chatHandlers = (hub: ChatHub): FeatureRoutes => ({
  routes: [
    route('chat:current', {
      schema: ChatEmptySchema,
      run: (_i, { session, socket }) => currentTranscript(hub, socket, session),
    }),
    route('chat:open', {
      schema: ChatRefSchema,
      run: ({ chatId }, { session, socket }) => follow(hub, socket, session, ownChat(hub, session, chatId)),
    }),
    route('chat:leave', {
      schema: ChatRefSchema,
      run: ({ chatId }, { socket }) => {
        socket.leave(rooms.chat(chatId));
        return null;
      },
    }),
    route('chat:list', {
      schema: ChatEmptySchema,
      run: (_i, { session }) => listOwnChats(hub, session),
    }),
    route('chat:continue', {
      schema: ChatContinueSchema,
      run: ({ chatId }, { session, socket }) => continueChat(hub, socket, session, chatId),
    }),
    route('chat:new', {
      schema: ChatEmptySchema,
      run: (_i, { session }) => startNewChat(hub, session),
    }),
  ],
});
