import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `npm run bench [name…]`: runs the benchmarks, prints tables, writes bench/results/<name>.json. */
const BENCHES: Record<string, () => Promise<unknown>> = {
  'auth-event-loop': async () => (await import('./auth-event-loop.js')).run(),
  catalog: async () => (await import('./catalog.js')).run(),
  bundle: async () => (await import('./bundle.js')).run(),
  transfer: async () => (await import('./transfer.js')).run(),
  'cart-fanout': async () => (await import('./cart-fanout.js')).run(),
  'cart-fanout-steps': async () => (await import('./cart-fanout-steps.js')).run(),
  'connections-held': async () => (await import('./connections-held.js')).run(),
  checkout: async () => (await import('./checkout.js')).run(),
  'chat-relay': async () => (await import('./chat-relay.js')).run(),
  'assistant-engine': async () => (await import('./assistant-engine.js')).run(),
  desk: async () => (await import('./desk.js')).run(),
  'desk-search': async () => (await import('./desk-search.js')).run(),
  'write-ceiling': async () => (await import('./write-ceiling.js')).run(),
  'shared-state': async () => (await import('./shared-state.js')).run(),
};

// Ctrl-C: exit normally, so the benches' exit handlers kill their server children and remove temp files.
process.once('SIGINT', () => process.exit(130));
const root = resolve(fileURLToPath(import.meta.url), '..');
const picked = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
const machine = {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  arch: arch(),
  memGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
mkdirSync(join(root, 'results'), { recursive: true });
for (const name of picked) {
  const bench = BENCHES[name];
  if (!bench) throw new Error(`unknown bench ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
  const results = await bench();
  writeFileSync(
    join(root, 'results', `${name}.json`),
    JSON.stringify({ name, date: new Date().toISOString(), machine, results }, null, 2),
  );
}
