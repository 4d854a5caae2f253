import { startFakeOpenAi, text, type RecordedRequest } from '../../server/test/fake-openai/fake-openai.js';
import { RELAY_SCRIPT, type FakeAnswer, type FakeQuestion, type StampedRequest } from '../lib/fake-openai-protocol.js';

/**
 * The relay bench's upstream, alone in its own process so its timers and writes do not share
 * an event loop with the app or the clients: the test suite's fake OpenAI server with stamped
 * chunks and an endless model (every request gets the same paced answer). It tells the parent
 * its baseURL, then answers `stamps` with what it wrote per request since the last question,
 * keyed by the request's last user message (the bench makes each stream's text unique).
 */
if (!process.send) throw new Error('fake-openai-server runs as a child process with an IPC channel');
const send = (answer: FakeAnswer) => process.send!(answer);

// Short pieces, as a model streams them; numbered so a chunk relayed out of order shows as a mismatch.
const tokens = Array.from({ length: RELAY_SCRIPT.tokens }, (_, i) => `t${i} `);
// delayMs is waited before every data line, the role chunk included: the first token is written after 2 × delayMs.
const fake = await startFakeOpenAi({ stampChunks: true, fallback: text(tokens, { delayMs: RELAY_SCRIPT.delayMs }) });

// receivedAt is performance.now(); both it and hrtime are monotonic, so one offset converts it.
const originNs = process.hrtime.bigint() - BigInt(Math.round(performance.now() * 1e6));
let reported = 0;

function lastUserText(body: unknown): string {
  const sent = (body as { messages?: unknown } | null)?.messages;
  const messages: { role: string; content: unknown }[] = Array.isArray(sent) ? sent : [];
  return String(messages.findLast((m) => m.role === 'user')?.content ?? '');
}

/** Only finished requests are reported (a stream still writing would be cut short). */
async function finishedSinceLastAsk(): Promise<StampedRequest[]> {
  const batch: RecordedRequest[] = fake.requests.slice(reported);
  await Promise.all(batch.map((r) => r.closed));
  reported += batch.length;
  return batch.map((r) => ({
    key: lastUserText(r.body),
    receivedNs: (originNs + BigInt(Math.round(r.receivedAt * 1e6))).toString(),
    sent: r.sent.map((s) => ({ text: s.text, ns: s.ns.toString() })),
    aborted: r.aborted,
  }));
}

process.on('message', async (question: FakeQuestion) => {
  if (question.type === 'stamps') send({ type: 'stamps', requests: await finishedSinceLastAsk() });
  else if (question.type === 'cpu') {
    const { user, system } = process.cpuUsage();
    send({ type: 'cpu', micros: user + system });
  }
});
process.on('disconnect', () => void fake.close().finally(() => process.exit(0)));
send({ type: 'ready', baseURL: fake.baseURL });
