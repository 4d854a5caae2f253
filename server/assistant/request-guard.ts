export type StopReason = 'stopped' | 'timeout' | 'idle';

/**
 * The abort controller of one upstream request (a model's, or a Voiceflow turn's): the turn's signal (Stop), the overall timeout and
 * the idle timeout between chunks all abort it, and `reason` says which did — an SDK ends an
 * aborted stream quietly, so the reason is the only way to tell a Stop from a timeout.
 */
export interface RequestGuard {
  readonly signal: AbortSignal;
  readonly reason: StopReason | null;
  /** A chunk arrived: restart the idle clock. */
  touch(): void;
  /** The consumer holds a yielded event: upstream silence meanwhile is not the model's. */
  hold(): void;
  dispose(): void;
}

export function guardRequest(turnSignal: AbortSignal, timeoutMs: number, idleTimeoutMs: number): RequestGuard {
  const controller = new AbortController();
  let reason: StopReason | null = null;
  let idleTimer: NodeJS.Timeout | undefined;
  const stop = (why: StopReason) => {
    if (reason) return;
    reason = why;
    controller.abort();
  };
  const onTurnAbort = () => stop('stopped');
  turnSignal.addEventListener('abort', onTurnAbort, { once: true });
  if (turnSignal.aborted) stop('stopped');
  const overall = setTimeout(() => stop('timeout'), timeoutMs);
  const touch = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => stop('idle'), idleTimeoutMs);
  };
  touch();
  return {
    signal: controller.signal,
    get reason() {
      return reason;
    },
    touch,
    hold: () => clearTimeout(idleTimer),
    dispose() {
      clearTimeout(overall);
      clearTimeout(idleTimer);
      turnSignal.removeEventListener('abort', onTurnAbort);
    },
  };
}
