import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ChatTranscript } from '../../../shared/chat.js';
import type { ServerResult } from '../../../shared/result.js';
import { ok } from '../../test/ack.js';
import { cookieFrom } from '../../test/harness.js';
import { bundleServer, startServer, type ServerProcess } from '../../test/crash/server-process.js';
import { connect } from '../../test/crash/shopper.js';

/**
 * Answer checkpoints against a real crash (docs/decisions/014-answer-checkpoints.md): the real
 * server in a child process streams an offline answer at a readable pace and is SIGKILLed
 * mid-answer once the shopper has seen text for longer than the checkpoint interval; restarted
 * on the same database, the shopper's conversation keeps every piece seen more than an interval
 * (plus a margin for a busy machine) before the kill, marked interrupted.
 */
const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const CHECKPOINT_MS = 500;
/**
 * Allowance for a loaded machine between a piece being an interval old and its checkpoint's
 * commit (the next piece's pace, a stalled event loop, the fsync): pieces younger than
 * CHECKPOINT_MS + MARGIN_MS at the kill may or may not have been saved.
 */
const MARGIN_MS = 1000;
/** The kill comes once the shopper has seen this much of the answer past CHECKPOINT_MS + MARGIN_MS. */
const SEEN_OLDER_MS = 1000;
/** A long answer (~150 words, ~77 pieces): at this pace it streams for ~3.8 s, past the kill at ~2.5 s. */
const QUESTION = "My phone won't charge";
const PACE_MS = 50;
const SECRET = 'chat-crash-test-secret-that-is-at-least-32-characters';

const test = suite('chat answers under SIGKILL: what the shopper saw survives, marked interrupted');

test('[CKPT4] killed mid-answer, restarted: the stored answer keeps the text shown before the last interval', async () => {
  const dir = join(root, '.test-tmp', `chat-crash-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env = {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_FILE: join(dir, 'app.db'),
    DATA_DIR: dir,
    LOG_LEVEL: 'warn',
    FULFILMENT_STEP_MS: '0',
    BCRYPT_COST: '4',
    SESSION_SECRET: SECRET,
    ASSISTANT_ENGINE: 'offline',
    ASSISTANT_PACE_MS: String(PACE_MS),
    ASSISTANT_CHECKPOINT_MS: String(CHECKPOINT_MS),
  };
  const bundle = await bundleServer(join(dir, 'server.mjs'));
  let server: ServerProcess | undefined;
  try {
    server = await startServer(bundle, env);
    const cookie = cookieFrom(await fetch(`${server.url}/api/auth/me`, { headers: { origin: server.url } }));
    const seen = await streamUntilKill(server, cookie);
    const output = server.output();
    server = await startServer(bundle, env);
    const resumed = await connect(server.url, cookie);
    const current = (await resumed.emitWithAck('chat:current', {})) as ServerResult<ChatTranscript | null>;
    resumed.disconnect();
    const transcript = ok(current, 'chat:current after the restart');
    assert.ok(transcript, 'the conversation is there after the restart');
    const answer = transcript.messages.find((m) => m.id === seen.messageId);
    assert.ok(answer, 'the answer is in the transcript');
    assert.equal([answer.status, answer.error?.code], ['error', 'interrupted']);
    assert.ok(seen.older.length > 0, 'the kill came after text older than the interval');
    assert.ok(
      answer.content.startsWith(seen.older),
      `stored ${answer.content.length} characters; the shopper had seen ${seen.older.length} more than ${CHECKPOINT_MS + MARGIN_MS} ms before the kill:\n${JSON.stringify(answer.content)}`,
    );
    assert.ok(
      seen.all.startsWith(answer.content) || answer.content.startsWith(seen.all),
      'the stored text is the answer as shown, not another',
    );
    await server.kill();
    const log = output + server.output();
    assert.not.match(log, /"level":(50|60)/, `the server logged errors:\n${log}`);
    console.log(
      `\n  chat crash test: kept ${answer.content.length} of ${seen.all.length} characters seen (${seen.older.length} older than ${CHECKPOINT_MS + MARGIN_MS} ms)`,
    );
  } finally {
    // Killed already when all went well; after a failure this stops it, or says why it died.
    await server?.kill();
  }
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Ask, take the deltas as the shopper's tab does, and SIGKILL the server as soon as the first
 * piece seen is CHECKPOINT_MS + MARGIN_MS + SEEN_OLDER_MS old. Answers the text seen by then, and
 * the part of it seen more than CHECKPOINT_MS + MARGIN_MS before the kill.
 */
async function streamUntilKill(
  server: ServerProcess,
  cookie: string,
): Promise<{ messageId: number; all: string; older: string }> {
  const socket = await connect(server.url, cookie);
  const pieces: { text: string; at: number }[] = [];
  let messageId = 0;
  const killed = new Promise<number>((done, fail) => {
    socket.on('chat:delta', (delta) => {
      if (delta.kind !== 'text') return;
      messageId = delta.messageId;
      pieces.push({ text: delta.text, at: performance.now() });
      const killAt = performance.now();
      if (killAt - pieces[0]!.at < CHECKPOINT_MS + MARGIN_MS + SEEN_OLDER_MS) return;
      socket.off('chat:delta');
      server.kill().then(() => done(killAt), fail);
    });
    socket.on('chat:done', () =>
      fail(new Error(`the answer ended before the kill (${pieces.length} pieces): raise the pace`)),
    );
  });
  ok(await socket.emitWithAck('chat:send', { text: QUESTION, clientId: randomUUID() }), 'chat:send');
  const killAt = await killed;
  socket.disconnect();
  const seenBy = (moment: number) =>
    pieces
      .filter((p) => p.at <= moment)
      .map((p) => p.text)
      .join('');
  return { messageId, all: seenBy(killAt), older: seenBy(killAt - CHECKPOINT_MS - MARGIN_MS) };
}

test.run();
