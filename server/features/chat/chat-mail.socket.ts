import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { ChatEmailTranscriptSchema } from '../../../shared/chat-mail.js';
import type { ChatHub } from './chat-hub.js';
import { createTranscriptMailer } from './transcript-mail.js';

/** A conversation's transcript by email (docs/ARCHITECTURE.md §15). */
export const chatMailHandlers = (hub: ChatHub): RegisterHandlers => {
  const emailTranscript = createTranscriptMailer(hub.ctx);
  return (socket, limiter) => {
    handle(hub.ctx, limiter, socket, 'chat:email-transcript', {
      schema: ChatEmailTranscriptSchema,
      run: (input, { session }) => emailTranscript(session, socket.data.address, input),
    });
  };
};
