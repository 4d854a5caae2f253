/**
 * At most one push per key (a conversation's row, the staff list) per window: the first change
 * is pushed at once, the changes after it within the window become one push at its end, which
 * reads the state then, so the last push always carries the latest. A shopper reconnecting a
 * thousand times costs each console a push per window, not two per reconnect. `gather` shares one
 * window among many items (the desk's rows): a storm of changes to a hundred conversations is
 * one push per window carrying each of them once ([PUSH3]). Per-process state behind a small
 * module (docs/ARCHITECTURE.md §1).
 */
export interface CoalescedPushes {
  /**
   * `send` reads the state when it runs; a later call for the same key replaces a pending one.
   * `windowMs`: this key's own window (the desk's figures), instead of the one given at creation.
   */
  push(key: string, send: () => void, windowMs?: number): void;
  /**
   * Add `item` to the key's next push: `send` gets every item gathered since the key's last
   * push, each once, in the order first gathered (the first after a quiet window goes alone, at once).
   */
  gather<T>(key: string, item: T, send: (items: T[]) => void): void;
  /** Send what is pending now and close every window, those the sends open too (tests, instead of waiting for the timers). */
  flush(): void;
  /** End every window now as its timer would: what was pending goes out and opens the next window (tests: one window at a time). */
  tick(): void;
  /** Drop what is pending; pushes after this are ignored (the app is closing). */
  stop(): void;
}

interface Window {
  timer: ReturnType<typeof setTimeout>;
  pending: (() => void) | null;
  /** What `gather` collected for the pending push. */
  items: Set<unknown>;
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
    windows.set(key, { timer, pending: null, items: new Set(), ms });
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
    gather<T>(key: string, item: T, send: (items: T[]) => void) {
      if (stopped) return;
      const window = windows.get(key);
      if (!window) {
        open(key, windowMs);
        run(() => send([item]));
        return;
      }
      // Closing the window replaces it (and its set): this push reads only its own window's items.
      const { items } = window;
      items.add(item);
      window.pending = () => send([...items] as T[]);
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
    tick() {
      for (const [key, { timer }] of [...windows]) {
        clearTimeout(timer);
        close(key);
      }
    },
    stop() {
      stopped = true;
      for (const { timer } of windows.values()) clearTimeout(timer);
      windows.clear();
    },
  };
}
