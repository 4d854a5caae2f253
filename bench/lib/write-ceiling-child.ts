/**
 * One process of the write-ceiling bench (bench/write-ceiling.ts), driven over IPC like the test
 * suite's db-process.ts: the real app built by `createApp` on the shared file (no listening socket,
 * no start-up timers), whose writers write as fast as they can for a window the parent sets.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/client.js';
import { loadKnowledge } from '../../server/assistant/knowledge/knowledge.js';
import { createPasswordHasher } from '../../server/features/auth/password-hasher.js';
import { createLogger } from '../../server/log.js';
import { answerRequests } from '../../server/test/ipc-requests.js';
import { createScriptedEngine } from '../../server/test/scripted-engine.js';
import { chatWriter, orderWriter, type WriteKind, type Writer } from './ceiling-writers.js';

export type CeilingRequest =
  | { op: 'open'; file: string; synchronous: 'FULL' | 'NORMAL'; variantIds: number[] }
  /** `writers` shoppers write at once from `startAt` (epoch ms, the same for every process) for `ms`. */
  | { op: 'run'; kind: WriteKind; writers: number; process: number; startAt: number; ms: number };

export interface CeilingRun {
  ok: true;
  /** Milliseconds per timed write, unsorted. */
  latencies: number[];
  /** Failed steps ("write: SQLITE_BUSY", "prepare: …") with their counts. */
  failures: Record<string, number>;
  cpuMs: number;
}

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const knowledge = loadKnowledge(join(root, 'data/support-guide.md'));
const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'error',
  FULFILMENT_STEP_MS: '0',
  // One address per process: the per-address answer limits guard money, not the disk.
  ASSISTANT_ANSWERS_PER_MINUTE_PER_IP: '100000',
  ASSISTANT_ANSWERS_AT_ONCE_PER_IP: '10000',
});
let app: App | undefined;
let variantIds: number[] = [];

async function open(file: string, synchronous: 'FULL' | 'NORMAL'): Promise<void> {
  if (app) {
    await app.close();
    app.ctx.db.$client.close();
  }
  const db = openDatabase(file);
  // Only for the comparison rows: the shop's setting is FULL (docs/ARCHITECTURE.md §8).
  if (synchronous === 'NORMAL') db.$client.pragma('synchronous = NORMAL');
  app = createApp({
    config,
    db,
    log: createLogger(config.LOG_LEVEL),
    hasher: createPasswordHasher(config.BCRYPT_COST, 1),
    commonPasswords: new Set(),
    sessionSecret: 'write-ceiling-bench-secret-of-at-least-32-characters',
    now: Date.now,
    assistant: { engine: createScriptedEngine().engine, knowledge, historyTurns: 12 },
  });
}

/** Each writer loops prepare → timed write until the window closes; a failed write is counted, not retried. */
async function runWindow(writers: Writer[], startAt: number, ms: number): Promise<CeilingRun> {
  await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const cpu = process.cpuUsage();
  await Promise.all(
    writers.map(async (writer) => {
      while (Date.now() < startAt + ms) {
        let step = 'prepare';
        try {
          writer.prepare();
          step = 'write';
          const began = performance.now();
          await writer.write();
          latencies.push(performance.now() - began);
        } catch (err) {
          const code = `${step}: ${(err as { code?: string }).code ?? (err as Error).message}`;
          failures[code] = (failures[code] ?? 0) + 1;
        }
      }
    }),
  );
  const { user, system } = process.cpuUsage(cpu);
  return { ok: true, latencies, failures, cpuMs: (user + system) / 1000 };
}

answerRequests(async (request: CeilingRequest) => {
  if (request.op === 'open') {
    await open(request.file, request.synchronous);
    variantIds = request.variantIds;
    return { ok: true };
  }
  if (!app) throw new Error('open first');
  const built = app;
  const writers = Array.from({ length: request.writers }, (_, i) =>
    request.kind === 'orders'
      ? orderWriter(built, variantIds, request.process * 1000 + i * 37)
      : chatWriter(built, `10.0.${request.process}.${i + 1}`),
  );
  return runWindow(writers, request.startAt, request.ms);
});
