import { batch, createSignal } from 'solid-js';
import { type SignInNotice, SignInNoticeSchema, type Viewer } from '../../../../shared/auth.js';
import {
  isCodeRequired,
  type CodeRequired,
  type LoginCodeInput,
  type RecoveryCodes,
} from '../../../../shared/two-factor.js';
import type { ClientResult } from '../../../../shared/result.js';
import { reconnectSocket, request, socket, startSocket } from '../../lib/socket.js';
import { locale, setLocale, t } from '../../i18n/index.js';
import type { ResetPasswordAnswer, ResetPasswordInput } from '../../../../shared/account.js';
import { authApi } from './auth-api.js';
import { recoveryApi } from './recovery-api.js';

export type ViewerUser = NonNullable<Viewer['user']>;

/** undefined until the first GET /api/auth/me answers, then the user or null (a guest). */
const [user, setUser] = createSignal<ViewerUser | null | undefined>(undefined);
export const currentUser = user;
export const viewerKnown = () => user() !== undefined;

/**
 * What the sign-in did besides signing in (the guest cart merged), as the words to show: login
 * and register answers may carry notices beside the viewer, as codes with their counts.
 */
const [notices, setNotices] = createSignal<readonly string[]>([]);
export const signInNotices = notices;
export const dismissSignInNotices = () => setNotices([]);
type AuthAnswer = Viewer & { notices?: unknown };
const noticesOf = (answer: AuthAnswer): string[] =>
  Array.isArray(answer.notices)
    ? answer.notices.flatMap((n) => {
        const notice = SignInNoticeSchema.safeParse(n);
        return notice.success ? [signInNoticeWords(notice.data)] : [];
      })
    : [];

function signInNoticeWords({ items, capped }: SignInNotice): string {
  const added = t('cart.merged.added', { count: items });
  return capped ? `${added} ${t('cart.merged.capped', { count: capped })}` : added;
}

const RETRY_DELAYS_MS = [1000, 2000, 5000];
// Bumped by every sign-in/out in this tab, so a /me answer that started earlier cannot undo it.
let epoch = 0;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ask the server who we are (this also gives a first visit its guest cookie); retry until it answers. */
export async function refreshViewer(): Promise<void> {
  const startedAt = epoch;
  for (let attempt = 0; ; attempt++) {
    const result = await authApi.me();
    if (epoch !== startedAt) return;
    if (result.ok) {
      setUser(result.data.user);
      return;
    }
    await wait(RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 5000);
  }
}

// An auth call of this tab in flight. The server may end the old session (and tell our socket)
// before our response with the new cookie arrives; /me must not run in that gap.
let authInFlight: Promise<unknown> | null = null;

/** What the socket calls when the server ended or rejected our session. */
async function renewAfterSessionEnded(): Promise<void> {
  if (authInFlight) return void (await authInFlight.catch(() => undefined));
  await refreshViewer();
}

/**
 * Every (re)connect: the socket authenticated with whatever cookie the browser holds now, which
 * another tab may have changed since our last /me (a sign-in there between our /me and our
 * handshake reaches no socket of ours). Take who the socket says we are.
 */
async function syncViewerWithSocket(): Promise<void> {
  const startedAt = epoch;
  const result = await request('session:whoami', {});
  if (!result.ok || epoch !== startedAt) return;
  // The stored choice (the account's after a sign-in, or one made in another tab while this socket
  // was away), unless this page was opened in a language on purpose (`?lang=`).
  const chosen = result.data.locale;
  if (chosen && chosen !== locale() && !openedInALanguage) void setLocale(chosen);
  openedInALanguage = false;
  const now = result.data.user;
  // A rename or a verification pushed while this socket was away is taken too.
  if (JSON.stringify(now) !== JSON.stringify(user() ?? null)) setUser(now);
}

/** `?lang=` on the page first loaded: its language holds until the first sync, not the stored one. */
let openedInALanguage = typeof location !== 'undefined' && new URLSearchParams(location.search).has('lang');

/** App start: the cookie must exist before the socket handshake, so /me goes first. */
export async function startSession(): Promise<void> {
  await refreshViewer();
  socket.on('connect', () => void syncViewerWithSocket());
  socket.on('account:profile-changed', showProfile);
  socket.on('session:locale-chosen', ({ locale: chosen }) => void setLocale(chosen));
  startSocket(renewAfterSessionEnded);
}

async function track<T>(call: Promise<T>): Promise<T> {
  authInFlight = call;
  try {
    return await call;
  } finally {
    if (authInFlight === call) authInFlight = null;
  }
}

/** Take the viewer an auth call answered with; the session changed, so the socket follows it. */
function applyAuthResult(result: ClientResult<Viewer>, beforeApply?: () => void): ClientResult<Viewer> {
  if (result.ok) {
    epoch += 1;
    batch(() => {
      beforeApply?.();
      setNotices(noticesOf(result.data));
      setUser(result.data.user);
    });
    reconnectSocket();
  }
  return result;
}

/** The password step; an answer that asks for a code changes nothing here (no session yet). */
export async function signIn(input: Parameters<typeof authApi.login>[0]): Promise<ClientResult<Viewer | CodeRequired>> {
  const result = await track(authApi.login(input));
  return result.ok && isCodeRequired(result.data) ? result : applyAuthResult(result);
}
/** The code step; `onAnswer` sees the answer (e.g. new recovery codes) in the same update as the sign-in. */
export async function signInWithCode(
  input: LoginCodeInput,
  onAnswer?: (answer: Viewer & Partial<RecoveryCodes>) => void,
) {
  const result = await track(authApi.loginCode(input));
  return applyAuthResult(result, result.ok ? () => onAnswer?.(result.data) : undefined);
}
export const register = async (input: Parameters<typeof authApi.register>[0]) =>
  applyAuthResult(await track(authApi.register(input)));
export const signOut = async () => applyAuthResult(await track(authApi.logout()));
export const changePassword = async (input: Parameters<typeof authApi.changePassword>[0]) =>
  applyAuthResult(await track(authApi.changePassword(input)));
/** `onDeleted` runs in the same update as the sign-out, so a page can show a farewell instead of redirecting. */
export const deleteAccount = async (input: Parameters<typeof authApi.deleteAccount>[0], onDeleted: () => void) =>
  applyAuthResult(await track(authApi.deleteAccount(input)), onDeleted);

/** The account as the server now has it (an ack or `account:profile-changed`), if it is still who this tab is. */
export function showProfile(viewer: Viewer): void {
  const now = viewer.user;
  if (now && now.id === user()?.id) setUser(now);
}
/** A reset link: signs this tab in, or leaves it a guest when the account asks for a code too. */
export const resetPassword = async (input: ResetPasswordInput): Promise<ClientResult<ResetPasswordAnswer>> => {
  const result = await track(recoveryApi.reset(input));
  applyAuthResult(result);
  return result;
};
