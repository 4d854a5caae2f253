import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Secrets never reach a log: nothing logs request bodies or cookie
 * headers, and these paths are redacted anyway in case an object slips through.
 */
export function createLogger(level: string): Logger {
  return pino({
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
      ],
      censor: '[redacted]',
    },
  });
}
