import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfig } from '../config.js';
import { startFakeOpenAi, status, text, toolCalls, type FakeOpenAi } from '../test/fake-openai/fake-openai.js';
import { createEngine, SUPPORT_GUIDE } from '../assistant/create-assistant.js';
import { loadKnowledge } from '../assistant/knowledge/knowledge.js';
import { EndpointFailing, evaluateCases } from './heldout-eval.js';
import { formatTable, summarise } from './heldout-report.js';
import { HeldOutCaseSchema, type HeldOutCase } from './heldout-set.js';

// The evaluation runner end to end through the openai engine, built as `npm run eval -- --engine openai`
// builds it, against the fake server; the cases are inline (the held-out files stay unread).
const knowledge = loadKnowledge(SUPPORT_GUIDE);
const root = resolve(fileURLToPath(import.meta.url), '../../..');
let fake: FakeOpenAi;
test.before.each(async () => {
  fake = await startFakeOpenAi();
});
test.after.each(async () => {
  await fake.close();
});

const openAiEngine = () =>
  createEngine(
    loadConfig({
      NODE_ENV: 'test',
      ASSISTANT_ENGINE: 'openai',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MODEL: 'fake-model',
    }),
    knowledge,
  );

const CASES: HeldOutCase[] = [
  {
    id: 'd-fits-go',
    category: 'compatibility',
    turns: [
      { say: 'Which case fits my Vision Go?', expect: { all: [['Loop Case']], cardSlugs: ['vision-go-loop-case'] } },
    ],
  },
  {
    id: 'd-my-orders',
    category: 'orders',
    turns: [{ say: 'What are my orders?', expect: { all: [['two orders']], cards: ['order'] } }],
  },
  {
    id: 'd-fr-ship',
    category: 'multilingual',
    turns: [{ say: 'Bonjour, est-ce que vous livrez en Allemagne ?', expect: { all: [['oui']] } }],
  },
].map((c) => HeldOutCaseSchema.parse(c));

test('the runner plays cases through the openai engine: real tools and cards, facts checked, the language and date sent', async () => {
  fake.enqueue(
    toolCalls([{ name: 'search_products', arguments: '{"fits":"Vision Go","category":"cases"}' }]),
    text(['The **Vision Go Loop Case** ', 'fits it.']),
    toolCalls([{ name: 'list_orders', arguments: '{}' }]),
    text(['You have ', 'two orders.']),
    text(['Yes, we do.']),
  );
  const results = await evaluateCases(openAiEngine(), knowledge, { dev: CASES });
  assert.equal(
    results.dev.map((r) => [r.case.id, r.failures, r.leaks]),
    [
      ['d-fits-go', [], []],
      ['d-my-orders', [], []],
      ['d-fr-ship', ['turn 1: missing oui'], []],
    ],
  );
  assert.equal(
    results.dev[1]!.outputs[0]!.cards.map((c) => c.kind),
    ['order', 'order'],
  );
  assert.is(fake.requests.length, 5);
  const french = fake.requests[4]!.body.messages[0].content as string;
  assert.match(french, 'The shopper writes in French: answer in French.');
  assert.match(french, /Today is \w+day \d{1,2} \w+ \d{4}/);
  assert.match(formatTable({ dev: summarise(results.dev) }), '| **overall** | 2/3 (67%) |');
});

test('an endpoint that fails case after case stops the run with one clear error; the case records what failed', async () => {
  fake.enqueue(status(401), status(401), status(401));
  const error = await evaluateCases(openAiEngine(), knowledge, { dev: [...CASES, ...CASES] }).then(
    () => null,
    (err: unknown) => err,
  );
  assert.instance(error, EndpointFailing);
  assert.is(
    (error as Error).message,
    'The openai engine failed 3 cases in a row (last: upstream status 401 server_error); stopped.',
  );
  assert.is(fake.requests.length, 3, 'no case after the third');
});

function evalCli(args: string[]) {
  const env = { ...process.env };
  delete env.OPENAI_BASE_URL;
  delete env.OPENAI_API_KEY;
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/eval.ts'), ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return { code: run.status, stderr: run.stderr, stdout: run.stdout };
}

test('npm run eval: no endpoint for --engine openai, or a bad argument, is one line on stderr and exit code 1', () => {
  const cases: [string[], string][] = [
    [
      ['--engine', 'openai'],
      'npm run eval -- --engine openai needs an endpoint: set OPENAI_BASE_URL (any OpenAI-compatible server',
    ],
    [['--engine', 'gpt'], 'npm run eval: --engine is offline or openai'],
    [
      ['--split', 'train'],
      'npm run eval: --split is dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18, dev19, dev20, dev21, dev22, dev23, dev24, dev25, dev26, dev27, dev28, dev29, test, intl-en, intl-fr, intl-de, intl-es, intl2-en, intl2-es, intl3-en, intl3-es, intl4-en, intl4-es, intl5-en, intl5-es, intl6-en, intl6-es, intl7-en, intl7-es, intl8-en, intl8-es, intl8-fr, intl8-de, dev-fr, dev-de, dev-es, dev-es2, dev-es3, dev-es4, dev-es5, dev-es6, dev-fr2, dev-de2 or all',
    ],
    [['--verbose'], "npm run eval: Unknown option '--verbose'"],
  ];
  for (const [args, line] of cases) {
    const { code, stderr, stdout } = evalCli(args);
    assert.is(code, 1, args.join(' '));
    assert.is(stdout, '');
    assert.is(stderr.split('\n').filter(Boolean).length, 1, stderr);
    assert.ok(stderr.startsWith(line), stderr);
  }
});

test.run();
