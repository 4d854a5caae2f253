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

type Send = (message: unknown, handle?: unknown, ...rest: unknown[]) => boolean;

/**
 * Makes `target.send(message, socket)` close the socket at once, instead of handing it over, once
 * `gone()` says the process that would take it has exited or its channel closed. A dead worker
 * stays in the cluster's list until both its exit and its channel's end are seen, and sticky
 * keeps choosing it meanwhile (its clients never said goodbye, so least-connection may rank it
 * first just as they all connect again). Node queues each such handle behind the one awaiting an
 * acknowledgement that will never come, after closeQueuedHandoffs already ran: the client then
 * waited for a handshake until it gave up (the chaos test's "no transport opened"). Its
 * callback, if any, hears an error, as for any send that fails.
 */
export function closeHandoffsWhenGone(target: { send: Send }, gone: () => boolean): void {
  const send = target.send.bind(target);
  target.send = (message, handle, ...rest) => {
    if (!(handle instanceof Socket) || !gone()) return send(message, handle, ...rest);
    handle.destroy();
    const callback = rest.find((r): r is (error: Error) => void => typeof r === 'function');
    if (callback) process.nextTick(callback, new Error('the process that would take this connection is gone'));
    return false;
  };
}
