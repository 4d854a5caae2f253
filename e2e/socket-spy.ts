import type { Page, Request } from '@playwright/test';

/**
 * For `expect.poll` on a socket event (a connect, an upgrade, an ack, a reconnect after the backoff):
 * wait until it happens, bounded only by the test's own timeout, never by a fixed few seconds that
 * a busy machine outlasts (socket-cap failed at 5 s with two CPU hogs, 2026-12-06).
 */
export const UNTIL_IT_HAPPENS = { timeout: 0 } as const;

/** One Socket.IO packet as it crossed the wire. */
export interface Packet {
  direction: 'sent' | 'received';
  /** Socket.IO packet type: 0 CONNECT, 2 EVENT, 3 ACK, 4 CONNECT_ERROR. */
  type: number;
  ackId: number | undefined;
  data: unknown;
}

// Engine.IO v4 framing: a type digit per packet; long-polling bodies join packets with \x1e.
const ENGINE_MESSAGE = '4';
const ENGINE_UPGRADE = '5';
const RECORD_SEPARATOR = '\x1e';
// Socket.IO packet inside a message: type, optional namespace, optional ack id, JSON.
const SOCKET_PACKET = /^(\d)(?:\/[^,]*,)?(\d*)(.*)$/s;
const isPolling = (request: Request) => request.url().includes('/socket.io/');

/**
 * Reads the Socket.IO packets a page sends and receives, on both transports (a connection
 * starts on HTTP long-polling and upgrades to a WebSocket). Journeys use it where the screen
 * alone cannot tell: that an invalid form sent nothing, which receipt the server acked, that a
 * tab's socket is connected before another tab changes its session.
 * Create it before the page loads, or the first packets are missed.
 */
export class SocketSpy {
  readonly packets: Packet[] = [];
  private upgraded = 0;

  constructor(page: Page) {
    page.on('websocket', (ws) => {
      ws.on('framesent', (frame) => {
        if (frame.payload === ENGINE_UPGRADE) this.upgraded += 1;
        this.record('sent', String(frame.payload));
      });
      ws.on('framereceived', (frame) => this.record('received', String(frame.payload)));
    });
    page.on('request', (request) => {
      if (isPolling(request) && request.method() === 'POST') this.record('sent', request.postData() ?? '');
    });
    page.on('requestfinished', (request) => {
      if (isPolling(request) && request.method() === 'GET') void this.readPollingResponse(request);
    });
  }

  /** How many times the server accepted this page's socket (one per connection). */
  connects(): number {
    return this.packets.filter((p) => p.direction === 'received' && p.type === 0).length;
  }

  /** How many connections moved from long-polling to their WebSocket. */
  upgrades(): number {
    return this.upgraded;
  }

  /** The payloads of every `event` the page emitted, in order. */
  emitted(event: string): unknown[] {
    return this.packets
      .filter((p) => p.direction === 'sent' && p.type === 2 && Array.isArray(p.data) && p.data[0] === event)
      .map((p) => (p.data as unknown[])[1]);
  }

  /** The server's ack to the last `event` the page emitted, once it has arrived. */
  lastAck(event: string): unknown {
    const request = this.packets.findLast(
      (p) => p.direction === 'sent' && p.type === 2 && Array.isArray(p.data) && p.data[0] === event,
    );
    if (request?.ackId === undefined) return undefined;
    const ack = this.packets.find((p) => p.direction === 'received' && p.type === 3 && p.ackId === request.ackId);
    return Array.isArray(ack?.data) ? ack.data[0] : undefined;
  }

  private async readPollingResponse(request: Request): Promise<void> {
    const body = await (await request.response())?.text().catch(() => '');
    this.record('received', body ?? '');
  }

  private record(direction: Packet['direction'], payload: string): void {
    for (const enginePacket of payload.split(RECORD_SEPARATOR)) {
      if (!enginePacket.startsWith(ENGINE_MESSAGE)) continue;
      const match = SOCKET_PACKET.exec(enginePacket.slice(1));
      if (!match) continue;
      const [, type, ackId, json] = match;
      this.packets.push({
        direction,
        type: Number(type),
        ackId: ackId ? Number(ackId) : undefined,
        data: json ? JSON.parse(json) : undefined,
      });
    }
  }
}
