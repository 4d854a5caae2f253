import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Secrets never reach a log: nothing logs request bodies or cookie
 * headers, and these paths are redacted anyway in case an object slips through.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: [
          'password',
          'currentPassword',
          'newPassword',
          'sessionId',
          'cookie',
          '*.password',
          '*.currentPassword',
          '*.newPassword',
          '*.sessionId',
          '*.cookie',
          'headers.cookie',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          // Two-step sign-in: the authenticator secret, recovery codes and the pending sign-in. Not `code`:
          // errors carry a `code` (SQLITE_BUSY…) worth reading, and an authenticator code is dead within 90 s.
          ...['secret', 'recoveryCodes', 'pendingToken'].flatMap((key) => [key, `*.${key}`]),
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
