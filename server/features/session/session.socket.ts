import type { AppContext } from '../../context.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import { WhoAmISchema } from '../../../shared/session.js';
import { findUserById, toViewer } from '../auth/users.repo.js';
import { chosenLocales, storedChoice } from '../locale/locale.repo.js';

export const sessionHandlers = (ctx: AppContext): FeatureRoutes => ({
  routes: [
    route('session:whoami', {
      schema: WhoAmISchema,
      run: (_input, { session }) => ({
        ...toViewer(session.userId === null ? null : findUserById(ctx.db, session.userId)),
        guest: session.userId === null,
        locale: storedChoice(chosenLocales(ctx.db, session.id)),
      }),
    }),
  ],
});
