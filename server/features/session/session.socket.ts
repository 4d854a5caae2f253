import type { AppContext } from '../../context.js';
import { handle } from '../../socket/handler.js';
import type { RegisterHandlers } from '../../socket/io.js';
import { WhoAmISchema } from '../../../shared/session.js';
import { findUserById, toViewer } from '../auth/users.repo.js';

export const sessionHandlers =
  (ctx: AppContext): RegisterHandlers =>
  (socket, limiter) => {
    handle(ctx, limiter, socket, 'session:whoami', {
      schema: WhoAmISchema,
      run: (_input, { session }) => ({
        ...toViewer(session.userId === null ? null : findUserById(ctx.db, session.userId)),
        guest: session.userId === null,
      }),
    });
  };
