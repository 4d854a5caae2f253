import type { AppContext } from '../../context.js';
import { route, type FeatureRoutes } from '../../socket/routes.js';
import { rooms } from '../../socket/rooms.js';
import { SetLocaleSchema } from '../../../shared/session.js';
import { carryLocale, saveLocale } from './locale.repo.js';

/**
 * The shop's language (docs/decisions/032-languages.md): chosen in one tab, stored for the
 * session and the account, and followed at once by the tabs that share the choice: every tab of
 * the account when signed in, else of this browser's session ([LANG2]).
 */
export function localeHandlers(ctx: AppContext): FeatureRoutes {
  // A new session (sign-in, a new password) keeps the browser's choice; an account without one takes it.
  ctx.hooks.onSignIn.push((db, change) => {
    if (change.fromSessionId) carryLocale(db, change.fromSessionId, change.toSessionId, change.userId);
    return undefined;
  });
  ctx.hooks.onSessionReissued.push((db, from, to) => carryLocale(db, from, to, null));
  return {
    routes: [
      route('session:set-locale', {
        schema: SetLocaleSchema,
        run: ({ locale }, { session }) => {
          saveLocale(ctx.db, session, locale);
          const room = session.userId === null ? rooms.session(session.id) : rooms.user(session.userId);
          ctx.publish(room, 'session:locale-chosen', { locale });
          return { locale };
        },
      }),
    ],
  };
}
