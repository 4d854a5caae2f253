import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { ChatDepartmentSchema, ChatProposalAnswerSchema, ChatRefSchema, ChatSendSchema } from '../../../shared/chat.js';
import { ownChat } from './chat-conversations.js';
import type { ChatHub } from './chat-hub.js';
import { requestHuman, switchDepartment } from './chat-status.js';
import { findChat, summaryOf } from './chat.repo.js';
import { retryAnswer, sendMessage, stopAnswer } from './chat-send.js';
import { answerProposal } from './proposals.js';

/** Talking to the assistant: send, stop, retry, department, a person, and answering proposals. */
export const chatAnswerHandlers =
  (hub: ChatHub): RegisterHandlers =>
  (socket, limiter) => {
    const { ctx } = hub;
    handle(ctx, limiter, socket, 'chat:send', {
      schema: ChatSendSchema,
      run: (input, { session }) => sendMessage(hub, socket, session, input),
    });
    handle(ctx, limiter, socket, 'chat:stop', {
      schema: ChatRefSchema,
      run: ({ chatId }, { session }) => stopAnswer(hub, session, chatId),
    });
    handle(ctx, limiter, socket, 'chat:retry', {
      schema: ChatRefSchema,
      run: ({ chatId }, { session }) => retryAnswer(hub, socket, session, chatId),
    });
    handle(ctx, limiter, socket, 'chat:department', {
      schema: ChatDepartmentSchema,
      run: ({ chatId, department }, { session }) => switchDepartment(hub, ownChat(hub, session, chatId), department),
    });
    handle(ctx, limiter, socket, 'chat:request-human', {
      schema: ChatRefSchema,
      run: ({ chatId }, { session }) => {
        ownChat(hub, session, chatId);
        requestHuman(hub, chatId);
        return summaryOf(ctx.db, findChat(ctx.db, chatId)!);
      },
    });
    handle(ctx, limiter, socket, 'chat:proposal-answer', {
      schema: ChatProposalAnswerSchema,
      run: (input, { session }) => answerProposal(hub, session, input),
    });
  };
