import { request } from 'node:http';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events.js';

export type ShopSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The loopback address visitor `i` comes from (127.0.1.1, 127.0.1.2, …): /api/auth limits
 * each IP to a burst of 30, so many visitors must come from many addresses, as they would.
 */
const visitorAddress = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;

/** One guest session per visitor, made as a first visit makes it: GET /api/auth/me sets the cookie. */
export async function guestCookies(url: string, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i += 25) {
    const batch = Array.from({ length: Math.min(25, count - i) }, (_, k) => firstVisit(url, visitorAddress(i + k)));
    cookies.push(...(await Promise.all(batch)));
  }
  return cookies;
}

function firstVisit(url: string, localAddress: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: '/api/auth/me', localAddress, headers: { origin: url } }, (res) => {
      res.resume();
      const pair = res.headers['set-cookie']?.[0]?.split(';')[0];
      if (res.statusCode === 200 && pair) resolve(pair);
      else reject(new Error(`GET /api/auth/me from ${localAddress}: ${res.statusCode}, no session cookie`));
    });
    req.once('error', reject);
    req.end();
  });
}

/** A websocket-only Socket.IO connection (as the harness makes them) with the visitor's cookie. */
export function connectShopper(url: string, cookie?: string, query?: Record<string, string>): Promise<ShopSocket> {
  const socket: ShopSocket = io(url, {
    transports: ['websocket'],
    extraHeaders: { ...(cookie ? { cookie } : {}), origin: url },
    query,
    reconnection: false,
    forceNew: true,
    // The default 20 s: at load 26, 5,000 handshakes (60 at a time) passed it and ended the bench.
    timeout: 120_000,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => reject(err));
    // A transport closed after the Engine.IO open and before Socket.IO's connect: no connect_error
    // comes (seen at WORKERS=2, docs/PERFORMANCE.md "Scaling"); without this the bench waits forever.
    socket.io.once('close', (reason) => {
      if (!socket.connected) reject(new Error(`closed before connect: ${reason}`));
    });
  });
}
