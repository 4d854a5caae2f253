import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureClientBuilt } from './client-build.js';

/** `npm start`: build the client if needed, then run the server (it migrates and listens). */
const root = resolve(fileURLToPath(import.meta.url), '../..');
ensureClientBuilt(root);
await import('../server/index.js');
