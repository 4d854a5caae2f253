import type { Worker } from 'node:cluster';
import { Socket } from 'node:net';

/** The part of a socket's libuv handle this needs (Node's `TCP` wrap; not public API). */
interface ReadingHandle {
  reading?: boolean;
  readStop?: () => number;
}

/**
 * Makes `worker.send(message, socket)` stop the primary reading `socket` for good before it hands
 * it over ([WORK6], docs/decisions/028-workers-cluster.md). sticky reads a connection's first bytes
 * (to find its worker), then sends the socket; whatever the client sends next must reach the
 * worker. Node's send does not stop the primary reading: while the socket waits its turn (one
 * handle per worker at a time, each until the worker acknowledges it) it is read as before, and
 * once sent its reads go to a no-op until the acknowledgement comes and the primary closes its
 * copy. Bytes that arrive meanwhile are lost: a websocket client sends its Socket.IO CONNECT as
 * soon as the worker's open packet reaches it, so the connection stayed open without one until
 * the server closed it 45 s later (Socket.IO's connectTimeout), with nothing logged. Stopped
 * here, those bytes wait in the kernel for the worker. (nodejs/node#8353: the same loss.)
 */
export function stopReadingOnHandOver(worker: Worker): void {
  const send = worker.send.bind(worker) as (...args: unknown[]) => boolean;
  worker.send = ((message: unknown, handle?: unknown, ...rest: unknown[]) => {
    if (handle instanceof Socket) stopReading(handle);
    return send(message, handle, ...rest);
  }) as Worker['send'];
}

function stopReading(socket: Socket): void {
  const handle = (socket as Socket & { _handle?: ReadingHandle | null })._handle;
  if (!handle?.readStop) return;
  handle.reading = false;
  handle.readStop();
  // The stream asks for more after every chunk it emits (the one sticky just read included), and
  // net answers by starting the handle reading again: this socket asks for nothing any more.
  (socket as Socket & { _read(size: number): void })._read = () => {};
}
