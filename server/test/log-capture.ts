import { pino } from 'pino';
import type { Logger } from '../log.js';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** pino's number for `error`; `fatal` is above it. */
const ERROR_LEVEL = 50;

/**
 * A logger for the app under test that keeps every line it writes, so a test can assert
 * what reached the log (nothing at error level, no secrets) instead of trusting a silent one.
 */
export function captureLog(): { log: Logger; lines: LogLine[]; errors(): LogLine[] } {
  const lines: LogLine[] = [];
  const log = pino(
    { level: 'info', base: undefined },
    { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  );
  return { log, lines, errors: () => lines.filter((l) => l.level >= ERROR_LEVEL) };
}
