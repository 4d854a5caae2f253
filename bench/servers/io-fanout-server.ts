import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { MAX_PAYLOAD_BYTES } from '../../server/socket/io.js';
import { answerParent } from '../lib/child-report.js';
import { createTinyCarts } from './fanout-cart.js';

/**
 * Socket.IO alone, with the app's server options, doing what the `ws` baseline does: the
 * group (from `?group=`) is a room, `cart:set-quantity` bumps the tiny in-memory cart, pushes
 * `cart:updated` to the room and acks. No session, rate limit, zod or SQLite: the gap to the
 * baseline is the protocol; the gap to the real app is our code.
 */
const httpServer = createServer();
const io = new Server(httpServer, { maxHttpBufferSize: MAX_PAYLOAD_BYTES, serveClient: false });
const carts = createTinyCarts();

io.on('connection', (socket) => {
  const room = `group:${String(socket.handshake.query.group)}`;
  void socket.join(room);
  socket.on('cart:set-quantity', (change: unknown, ack?: (r: unknown) => void) => {
    const cart = carts.apply(room, change);
    if (cart) io.to(room).emit('cart:updated', cart);
    ack?.(
      cart
        ? { ok: true, data: cart }
        : { ok: false, error: { code: 'bad_request', message: 'Send variantId and quantity.' } },
    );
  });
});

httpServer.listen(Number(process.env.PORT), process.env.HOST, () => answerParent());
