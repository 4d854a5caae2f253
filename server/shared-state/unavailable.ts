/**
 * The shared state could not be reached in time (Redis down, restarting, or too slow). A call
 * that timed out may still take effect later (a token spent, a member added): the caller counts
 * on neither. A typed error the app maps to its own answer; the cause is for the log only.
 */
export class SharedStateUnavailable extends Error {
  override name = 'SharedStateUnavailable';
  readonly code = 'shared_state_unavailable';
  constructor(cause: unknown) {
    super('shared state unavailable', { cause });
  }
}
