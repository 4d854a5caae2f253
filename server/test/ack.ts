/**
 * The one way tests unwrap a socket ack (`{ ok: true, data } | { ok: false, error }`, see
 * shared/result.ts). It imports nothing, so journeys (e2e/) use it too.
 */

export interface AckError {
  code: string;
  reason?: string;
  params?: Record<string, string | number>;
  fields?: Record<string, unknown>;
  retryAfterMs?: number;
}

/** An ack as a test receives it: the server's `ServerResult`, or a copy of its shape. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };

/**
 * The data of an ack that must be ok. Any other answer throws with the error's code and
 * whatever else it carries (reason, parameters, field codes, wait), so the failing test says
 * what was refused and why, e.g. `cart:add was refused: conflict {"reason":"stock_limit","params":{"stock":2}}`.
 */
export function ok<T>(ack: Ack<T>, what = 'the request'): T {
  if (ack?.ok === true) return ack.data;
  throw new Error(`${what} was refused: ${refusal(ack)}`);
}

function refusal(ack: unknown): string {
  const error = (ack as { error?: Partial<AckError> } | undefined)?.error;
  if (typeof error?.code !== 'string') return `not an error ack: ${JSON.stringify(ack)}`;
  const { code, ...more } = error;
  return `${code}${Object.keys(more).length > 0 ? ` ${JSON.stringify(more)}` : ''}`;
}
