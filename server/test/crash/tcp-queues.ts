import { readFileSync } from 'node:fs';

/**
 * Linux only: the bytes queued on one end of a local TCP connection, as /proc/net/tcp and tcp6
 * show them. `unsent`: written, not yet acknowledged by the other end's kernel. `unread`:
 * received, not yet read by the process that holds the socket.
 */
export function tcpQueues(localPort: number, remotePort: number): { unsent: number; unread: number } | undefined {
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, remote, , queues] = line.trim().split(/\s+/);
      if (!local || !remote || !queues) continue;
      if (portOf(local) !== localPort || portOf(remote) !== remotePort) continue;
      const [unsent, unread] = queues.split(':').map((hex) => Number.parseInt(hex, 16));
      return { unsent: unsent!, unread: unread! };
    }
  }
  return undefined;
}

const portOf = (address: string) => Number.parseInt(address.slice(address.lastIndexOf(':') + 1), 16);

/**
 * Resolves once `done()` holds. For states no event announces (another process's reads, seen
 * only in the kernel's counters): it looks every 10 ms, and gives up after `limitMs`.
 */
export async function pollUntil(what: string, done: () => boolean, limitMs = 60_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!done()) {
    if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
