import { createHash, randomBytes } from 'node:crypto';
import { parse, serialize } from 'cookie';
import { sealData, unsealData } from 'iron-session';

/**
 * The device cookie (OWASP, "Slow down online guessing attacks with device cookies"): set at
 * every successful sign-in, it tells a later sign-in that this browser has proved the account's
 * password before. Such a sign-in is throttled per device instead of per account, so guesses
 * from elsewhere cannot lock the owner out of their own devices. Sealed like the session
 * cookie; it grants nothing by itself (the password is still checked).
 */
export interface KnownDevice {
  userId: number;
  deviceId: string;
  /** Which password the device proved (credentialStamp): a new password retires every older cookie. */
  stamp: string;
}

/** A short digest of the account's password hash: changes with every new password, reveals nothing (the cookie is sealed too). */
export const credentialStamp = (passwordHash: string) =>
  createHash('sha256').update(passwordHash).digest('base64url').slice(0, 22);

export interface DeviceCookie {
  /** The Set-Cookie header value vouching for this browser, this user and their current password. */
  header(user: { id: number; passwordHash: string }): Promise<string>;
  /** The device a Cookie header vouches for, or null if absent, forged or expired. */
  read(cookieHeader: string | undefined): Promise<KnownDevice | null>;
}

const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function createDeviceCookie(password: string, secure: boolean): DeviceCookie {
  const name = secure ? '__Host-vx_device' : 'vx_device';
  return {
    async header(user) {
      // `kind` keeps a sealed session cookie from ever reading as a device cookie (same secret).
      const device = {
        kind: 'device',
        userId: user.id,
        deviceId: randomBytes(16).toString('base64url'),
        stamp: credentialStamp(user.passwordHash),
      };
      const sealed = await sealData(device, { password, ttl: MAX_AGE_SECONDS });
      return serialize(name, sealed, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: MAX_AGE_SECONDS });
    },
    async read(cookieHeader) {
      const sealed = cookieHeader ? parse(cookieHeader)[name] : undefined;
      if (!sealed) return null;
      try {
        const data = await unsealData<{ kind?: unknown; userId?: unknown; deviceId?: unknown; stamp?: unknown }>(
          sealed,
          { password, ttl: MAX_AGE_SECONDS },
        );
        const valid =
          data.kind === 'device' &&
          Number.isInteger(data.userId) &&
          typeof data.deviceId === 'string' &&
          data.deviceId.length >= 16 &&
          typeof data.stamp === 'string';
        return valid
          ? { userId: data.userId as number, deviceId: data.deviceId as string, stamp: data.stamp as string }
          : null;
      } catch {
        return null;
      }
    },
  };
}
