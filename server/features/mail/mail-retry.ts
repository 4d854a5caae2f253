/**
 * When the worker tries a message again (docs/ARCHITECTURE.md §15): a fixed schedule, no
 * jitter, so tests (and people reading the outbox) can tell when the next attempt is due.
 * After the last delay the message is `failed`; so is a permanent refusal (SMTP 5xx) at once.
 */
const MINUTE = 60_000;
export const RETRY_DELAYS_MS = [1, 5, 30, 120, 360, 720].map((m) => m * MINUTE);
/** The first attempt and one per delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** After `attempts` failed tries: the delay before the next, or null when it is the last. */
export function retryDelay(attempts: number): number | null {
  return attempts >= MAX_ATTEMPTS ? null : (RETRY_DELAYS_MS[attempts - 1] ?? null);
}

/** An SMTP reply 5xx means "never" (no such mailbox, refused content); anything else may pass later. */
export function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * What the outbox keeps of a failure: the SMTP reply code and nodemailer's error code, never
 * the message (a server may echo an address or a line of the body back).
 */
export function describeFailure(err: unknown): string {
  const e = (err ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
  const parts = [
    typeof e.responseCode === 'number' ? `SMTP ${e.responseCode}` : null,
    typeof e.code === 'string' ? e.code : null,
    typeof e.command === 'string' ? `at ${e.command.split(' ')[0]}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : 'send failed';
}
