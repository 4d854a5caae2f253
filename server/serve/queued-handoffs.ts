import type { ChildProcess } from 'node:child_process';
import { Socket } from 'node:net';

/** Node's handle awaiting the child's acknowledgement, and those queued behind it (internal to child_process). */
interface HandoffsOf {
  _pendingMessage?: { handle?: { close(): void } } | null;
  _handleQueue?: Array<{ handle?: unknown }> | null;
}

/**
 * Connections the primary was handing to a worker that died. Node hands one handle at a time and
 * queues the next ones until the child acknowledges the first (child_process's `_pendingMessage`
 * and `_handleQueue`). When the child is killed, those queued are never closed (nodejs/node#19433),
 * nor, as seen here, the one in flight: each stays open in the primary, never read, and its client waits for a handshake until it gives
 * up (20 s in a browser). Called with a worker's process when it exits: they are closed, so their clients see the
 * close and connect again at once, to a live worker. Returns how many.
 */
export function closeQueuedHandoffs(child: ChildProcess): number {
  const handoffs = child as unknown as HandoffsOf;
  let closed = 0;
  // The one in flight: Node closes it when the channel reports its end, which a killed child's may not.
  const pending = handoffs._pendingMessage;
  if (pending?.handle) {
    handoffs._pendingMessage = null;
    pending.handle.close();
    closed++;
  }
  const queue = handoffs._handleQueue ?? [];
  for (const { handle } of queue) {
    if (!(handle instanceof Socket) || handle.destroyed) continue;
    handle.destroy();
    closed++;
  }
  return closed;
}
