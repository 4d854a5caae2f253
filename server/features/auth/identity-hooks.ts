import type { DbLike } from '../../db/client.js';
import type { CodeRequired } from '../../../shared/two-factor.js';
import type { UserRow } from './users.repo.js';

export interface SignInChange {
  /** The session being replaced (a guest's, usually), or null when there was none. */
  fromSessionId: string | null;
  fromUserId: number | null;
  toSessionId: string;
  userId: number;
}

/** What a sign-in hook may hand back: a line for the shopper, and a push to send after the commit. */
export interface SignInOutcome {
  notice?: string;
  afterCommit?: () => void;
}

/**
 * The one place later features plug into identity changes: carrying guest state over at
 * sign-in (cart merge, chat hand-over), the data export, and erasure. Sign-in and erase hooks
 * run inside the auth transaction, so they must be synchronous database work only.
 */
export interface IdentityHooks {
  onSignIn: Array<(db: DbLike, change: SignInChange) => SignInOutcome | void>;
  /** The same login goes on under a new session id (a password change): state bound to the old id follows it. */
  onSessionReissued: Array<(db: DbLike, fromSessionId: string, toSessionId: string) => void>;
  exportUser: Array<{ section: string; collect: (db: DbLike, userId: number) => unknown }>;
  eraseUser: Array<(db: DbLike, userId: number) => void>;
  /** Asked after a right password, before any session is made: a second step the sign-in must pass, or null. */
  secondStep?: (user: UserRow) => Promise<CodeRequired | null>;
}

export const createIdentityHooks = (): IdentityHooks => ({
  onSignIn: [],
  onSessionReissued: [],
  exportUser: [],
  eraseUser: [],
});
