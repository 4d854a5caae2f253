import { parse, serialize, type CookieSerializeOptions } from 'cookie';
import { sealData, unsealData } from 'iron-session';
import type { SessionCookie } from '../../ports.js';
import { SESSION_LIMITS, type SessionRole } from './sessions.repo.js';

/**
 * The session cookie: an iron-sealed `{ sid }` and nothing else. The database row is the
 * truth (expiry, revocation); the seal only stops forged or altered ids early.
 */
export function createSessionCookie(password: string, secure: boolean): SessionCookie {
  const name = secure ? '__Host-vx_session' : 'vx_session';
  const maxAgeSeconds = (role: SessionRole) =>
    Math.floor(SESSION_LIMITS[role === 'staff' ? 'staff' : 'shopper'].absoluteMs / 1000);
  const seal = (sid: string, role: SessionRole) => sealData({ sid }, { password, ttl: maxAgeSeconds(role) });
  return {
    name,
    seal,
    async header(sid, role) {
      const options: CookieSerializeOptions = {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        maxAge: maxAgeSeconds(role),
      };
      return serialize(name, await seal(sid, role), options);
    },
    async read(cookieHeader) {
      if (!cookieHeader) return null;
      const sealed = parse(cookieHeader)[name];
      if (!sealed) return null;
      try {
        const data = await unsealData<{ sid?: unknown }>(sealed, { password, ttl: maxAgeSeconds('shopper') });
        return typeof data.sid === 'string' && data.sid.length >= 32 ? data.sid : null;
      } catch {
        return null;
      }
    },
  };
}
