/**
 * "Is typing" as a few messages instead of one per keystroke: `true` when typing starts (and again
 * every `refreshMs` while it goes on, so the other side's indicator does not expire), `false`
 * after `idleMs` without input or at once when the message is sent. The other side drops an
 * indicator it has not heard about for a while (TYPING_EXPIRES_MS), in case `false` is lost.
 */
export const TYPING_IDLE_MS = 3000;
export const TYPING_REFRESH_MS = 2500;
export const TYPING_EXPIRES_MS = 6000;

export interface TypingClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: TypingClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface TypingSignal {
  /** The field changed. */
  input(): void;
  /** Sent, cleared or left: say `false` now if `true` was said. */
  stop(): void;
}

export function createTypingSignal(
  send: (typing: boolean) => void,
  { idleMs = TYPING_IDLE_MS, refreshMs = TYPING_REFRESH_MS, clock = realClock } = {},
): TypingSignal {
  let typingSince: number | null = null;
  let lastSent = 0;
  let idle: unknown;

  const stop = () => {
    clock.clearTimeout(idle);
    idle = undefined;
    if (typingSince === null) return;
    typingSince = null;
    send(false);
  };

  return {
    input() {
      const now = clock.now();
      if (typingSince === null || now - lastSent >= refreshMs) {
        typingSince ??= now;
        lastSent = now;
        send(true);
      }
      clock.clearTimeout(idle);
      idle = clock.setTimeout(stop, idleMs);
    },
    stop,
  };
}
