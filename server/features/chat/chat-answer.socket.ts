import { route, type FeatureRoutes } from '../../socket/routes.js';
import { ChatDepartmentSchema, ChatProposalAnswerSchema, ChatRefSchema, ChatSendSchema } from '../../../shared/chat.js';
import { ownChat } from './chat-conversations.js';
import type { ChatHub } from './chat-hub.js';
import { requestHuman, switchDepartment } from './chat-status.js';
import { findChat, summaryOf } from './chat.repo.js';
import { retryAnswer, sendMessage, stopAnswer } from './chat-send.js';
import { answerProposal } from './proposals.js';

/** Talking to the assistant: send, stop, retry, department, a person, and answering proposals. */
export const chatAnswerHandlers = (hub: ChatHub): FeatureRoutes => {
  const { ctx } = hub;
  return {
    routes: [
      route('chat:send', {
        schema: ChatSendSchema,
        run: (input, { session, socket }) => sendMessage(hub, socket, session, input),
      }),
      route('chat:stop', {
        schema: ChatRefSchema,
        run: ({ chatId }, { session }) => stopAnswer(hub, session, chatId),
      }),
      route('chat:retry', {
        schema: ChatRefSchema,
        run: ({ chatId }, { session, socket }) => retryAnswer(hub, socket, session, chatId),
      }),
      route('chat:department', {
        schema: ChatDepartmentSchema,
        run: ({ chatId, department }, { session }) => switchDepartment(hub, ownChat(hub, session, chatId), department),
      }),
      route('chat:request-human', {
        schema: ChatRefSchema,
        run: ({ chatId }, { session }) => {
          ownChat(hub, session, chatId);
          requestHuman(hub, chatId);
          return summaryOf(ctx.db, findChat(ctx.db, chatId)!);
        },
      }),
      route('chat:proposal-answer', {
        schema: ChatProposalAnswerSchema,
        run: (input, { session }) => answerProposal(hub, session, input),
      }),
    ],
  };
};
