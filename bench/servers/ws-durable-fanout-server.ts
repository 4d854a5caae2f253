import Database from 'better-sqlite3';
import { WebSocketServer, type WebSocket } from 'ws';
import { assertPragmas } from '../../server/db/client.js';
import { answerParent } from '../lib/child-report.js';

/**
 * The `ws` baseline plus the durability every correct cart must pay: before the fan-out, each
 * change is committed to a SQLite file with the app's pragmas (WAL, synchronous=FULL, so the
 * WAL is fsynced at every commit). One row per group holds the cart JSON and its version; a
 * change is one UPDATE in a transaction, and the version the database returns goes out to the
 * group's sockets. No session, no validation beyond types, no ORM, no pricing.
 */
const db = new Database(process.env.DATABASE_FILE!);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
assertPragmas(db); // the same self-check the app runs: these are its durability settings
db.exec('create table group_carts (group_id text primary key, cart text not null, version integer not null)');
const addGroup = db.prepare("insert or ignore into group_carts (group_id, cart, version) values (?, '[]', 0)");
const updateCart = db.prepare(
  'update group_carts set cart = ?, version = version + 1 where group_id = ? returning version',
);
const saveCart = db.transaction(
  (group: string, cart: string) => (updateCart.get(cart, group) as { version: number }).version,
);

function linesOf(change: unknown) {
  const { variantId, quantity } = (change ?? {}) as { variantId?: unknown; quantity?: unknown };
  return typeof variantId === 'number' && typeof quantity === 'number' ? [{ variantId, quantity }] : null;
}

const sockets = new Map<string, Set<WebSocket>>();
const wss = new WebSocketServer({ host: process.env.HOST, port: Number(process.env.PORT) });

wss.on('connection', (socket, req) => {
  const group = new URL(req.url ?? '/', 'http://localhost').searchParams.get('group') ?? '';
  addGroup.run(group);
  const members = sockets.get(group) ?? new Set();
  sockets.set(group, members.add(socket));
  socket.on('message', (data) => {
    const lines = linesOf(JSON.parse(String(data)));
    if (!lines) return;
    const version = saveCart(group, JSON.stringify(lines)); // committed (and fsynced) before anyone is told
    const message = JSON.stringify({ type: 'cart:updated', cart: { version, lines } });
    for (const member of members) member.send(message);
  });
  socket.on('close', () => members.delete(socket));
});

answerParent();
