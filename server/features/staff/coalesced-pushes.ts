/**
 * At most one push per key (a conversation's row, the staff list) per window: the first change
 * is pushed at once, the changes after it within the window become one push at its end, which
 * reads the state then, so the last push always carries the latest. A shopper reconnecting a
 * thousand times costs each console a push per window, not two per reconnect. Per-process
 * state behind a small module (docs/ARCHITECTURE.md §1).
 */
export interface CoalescedPushes {
  /**
   * `send` reads the state when it runs; a later call for the same key replaces a pending one.
   * `windowMs`: this key's own window (the desk's figures), instead of the one given at creation.
   */
  push(key: string, send: () => void, windowMs?: number): void;
  /** Send what is pending now and close every window, those the sends open too (tests, instead of waiting for the timers). */
  flush(): void;
  /** Drop what is pending; pushes after this are ignored (the app is closing). */
  stop(): void;
}

interface Window {
  timer: ReturnType<typeof setTimeout>;
  pending: (() => void) | null;
  ms: number;
}

export function createCoalescedPushes(windowMs: number, onError: (err: unknown) => void): CoalescedPushes {
  const windows = new Map<string, Window>();
  let stopped = false;

  const run = (send: () => void) => {
    // A timer has no caller to throw to: a failed read must not take the process down.
    try {
      send();
    } catch (err) {
      onError(err);
    }
  };
  const open = (key: string, ms: number) => {
    const timer = setTimeout(() => close(key), ms);
    timer.unref();
    windows.set(key, { timer, pending: null, ms });
  };
  const close = (key: string) => {
    const window = windows.get(key);
    windows.delete(key);
    if (!window?.pending) return;
    open(key, window.ms);
    run(window.pending);
  };

  return {
    push(key, send, ms = windowMs) {
      if (stopped) return;
      const window = windows.get(key);
      if (window) window.pending = send;
      else {
        open(key, ms);
        run(send);
      }
    },
    flush() {
      // A send may push another key (a row push moves the desk's figures): its window closes too.
      while (windows.size > 0) {
        const all = [...windows.values()];
        windows.clear();
        for (const { timer, pending } of all) {
          clearTimeout(timer);
          if (pending) run(pending);
        }
      }
    },
    stop() {
      stopped = true;
      for (const { timer } of windows.values()) clearTimeout(timer);
      windows.clear();
    },
  };
}
