import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { TOTP_DIGITS, TOTP_PERIOD_SECONDS, type Enrolment } from '../../../shared/two-factor.js';

/**
 * RFC 6238 with the parameters every authenticator app supports: SHA-1, 6 digits, 30 s.
 * A code is accepted one step either side of now, for clocks that drift (RFC 6238 §5.2).
 */
const ACCEPTED_STEPS_EITHER_SIDE = 1;
/** 160 bits, the HMAC-SHA-1 key length RFC 4226 §4 recommends. */
const SECRET_BYTES = 20;

const totpFor = (secret: string, label = '', issuer = '') =>
  new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });

export const newTotpSecret = (): string => new Secret({ size: SECRET_BYTES }).base32;

/** The time step `code` belongs to, or null when it matches none near `now`. */
export function matchingStep(secret: string, code: string, now: number): number | null {
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now, window: ACCEPTED_STEPS_EITHER_SIDE });
  // 0 is a match (this step); only null means none (otpauth: https://github.com/hectorm/otpauth/issues/441).
  return delta === null ? null : totp.counter({ timestamp: now }) + delta;
}

/** The otpauth:// link an authenticator app reads: issuer and account name, and the secret. */
export const enrolmentUri = (secret: string, email: string, issuer: string): string =>
  totpFor(secret, email, issuer).toString();

export async function enrolmentFor(secret: string, email: string, issuer: string): Promise<Enrolment> {
  const uri = enrolmentUri(secret, email, issuer);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrSvg };
}
