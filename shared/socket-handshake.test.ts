import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io } from 'socket.io-client';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { failFastOnHandshakeClose } from './socket-handshake.js';

/** A server that accepts the WebSocket upgrade, then closes before Engine.IO's open packet: a process killed mid-handshake. */
async function dyingMidHandshake(): Promise<Server> {
  const server = createServer();
  server.on('upgrade', (req, socket) => {
    const accept = createHash('sha1')
      .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest('base64');
    socket.end(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

test('[WORK9] a connection closed after the upgrade but before the open packet is a connect_error at once, not a wait for the connect timeout', async () => {
  const server = await dyingMidHandshake();
  const { port } = server.address() as AddressInfo;
  // Without the fix the attempt ends only at the connect timeout, as a 'timeout' error.
  const socket = io(`http://127.0.0.1:${port}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    autoConnect: false,
    timeout: 5_000,
  });
  failFastOnHandshakeClose(socket);
  const failed = new Promise<Error>((resolve) => socket.once('connect_error', resolve));
  socket.connect();
  const error = await failed;
  assert.match(error.message, /closed during the handshake/);
  socket.close();
  server.close();
});

test.run();
