import { route, type FeatureRoutes } from '../../socket/routes.js';
import { ChatEmailTranscriptSchema } from '../../../shared/chat-mail.js';
import type { ChatHub } from './chat-hub.js';
import { createTranscriptMailer } from './transcript-mail.js';

/** A conversation's transcript by email (docs/ARCHITECTURE.md §15). */
export const chatMailHandlers = (hub: ChatHub): FeatureRoutes => {
  const emailTranscript = createTranscriptMailer(hub.ctx);
  return {
    routes: [
      route('chat:email-transcript', {
        schema: ChatEmailTranscriptSchema,
        run: (input, { session, socket }) => emailTranscript(session, socket.data.address, input),
      }),
    ],
  };
};
