import { WebSocketServer, type WebSocket } from 'ws';
import { answerParent } from '../lib/child-report.js';
import { createTinyCarts } from './fanout-cart.js';

/**
 * The baseline: a plain `ws` server doing the cart fan-out. A client joins its group with
 * `?group=`; a change from any member is applied to the group's tiny in-memory cart (no
 * session, no validation beyond types, no database) and the new cart goes to all members.
 */
const groups = new Map<string, Set<WebSocket>>();
const carts = createTinyCarts();
const wss = new WebSocketServer({ host: process.env.HOST, port: Number(process.env.PORT) });

wss.on('connection', (socket, req) => {
  const group = new URL(req.url ?? '/', 'http://localhost').searchParams.get('group') ?? '';
  const members = groups.get(group) ?? new Set();
  groups.set(group, members.add(socket));
  socket.on('message', (data) => {
    const cart = carts.apply(group, JSON.parse(String(data)));
    if (!cart) return;
    const message = JSON.stringify({ type: 'cart:updated', cart });
    for (const member of members) member.send(message);
  });
  socket.on('close', () => members.delete(socket));
});

answerParent();
