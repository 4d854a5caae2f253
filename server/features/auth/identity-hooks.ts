import type { IdentityHooks } from '../../ports.js';

/** Empty hooks; the features push theirs while the app is wired (the interfaces are in ports.ts). */
export const createIdentityHooks = (): IdentityHooks => ({
  onSignIn: [],
  onRegistered: [],
  onSessionReissued: [],
  exportUser: [],
  eraseUser: [],
});
