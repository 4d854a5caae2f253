import cluster from 'node:cluster';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureClientBuilt } from './client-build.js';

/** `npm start`: build the client if needed, then run the server (it migrates and listens). */
const root = resolve(fileURLToPath(import.meta.url), '../..');
// The workers of WORKERS > 1 run this file again: the primary has built the client.
if (cluster.isPrimary) ensureClientBuilt(root);
await import('../server/index.js');
