import bcrypt from 'bcryptjs';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GOOD_PASSWORD } from '../../test/harness.js';

// The real `npm run staff:create` script in a child process, against a temp DATABASE_FILE.
const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'vx-staff-cli-'));
const dbFile = join(dir, 'app.db');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function staffCreate(args: string[], stdin?: string, env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/staff-create.ts', ...args],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', DATABASE_FILE: dbFile, BCRYPT_COST: '4', LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdin.end(stdin ?? '');
  return new Promise((done) => child.once('close', (code) => done({ code, stdout, stderr })));
}

function userRow(email: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('select id, name, role, password_hash as hash from users where email = ?').get(email) as
      | { id: number; name: string; role: string; hash: string }
      | undefined;
  } finally {
    db.close();
  }
}

/** A refusal: exit 1, nothing on stdout, exactly one line on stderr. */
function assertRefused(run: Run, pattern: RegExp) {
  assert.is(run.code, 1, run.stderr);
  assert.is(run.stdout, '');
  assert.match(run.stderr, /^staff:create: [^\n]+\n$/);
  assert.match(run.stderr, pattern);
}

test.after(() => rmSync(dir, { recursive: true, force: true }));

/** The authenticator lines after the password line: the secret matches the stored one, the codes are 10 single ones. */
function assertEnrolmentPrinted(lines: string[], email: string) {
  const secret = /^Authenticator secret: ([A-Z2-7]{32})$/.exec(lines[0]!)?.[1];
  assert.ok(secret, lines.join('\n'));
  assert.is(
    lines[1],
    `Authenticator link:   otpauth://totp/VisionX%20Live:${encodeURIComponent(email)}?issuer=VisionX%20Live&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
  );
  const codes = lines.slice(2).join(' ').replace('Recovery codes (each works once):', '').trim().split(/\s+/);
  assert.is(codes.length, 10, lines.join('\n'));
  for (const code of codes) assert.match(code, /^[a-z2-9]{5}-[a-z2-9]{5}$/);
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db
      .prepare(
        'select t.secret, t.enabled_at as enabledAt from totp_credentials t join users u on u.id = t.user_id where u.email = ?',
      )
      .get(email) as { secret: string; enabledAt: number | null };
    assert.is(row.secret, secret, 'the printed secret is the stored one');
    assert.type(row.enabledAt, 'number', 'enrolled at once');
  } finally {
    db.close();
  }
}

test('creates a staff row and prints its one-time password on one stdout line, then its authenticator enrolment', async () => {
  const run = await staffCreate(['--email', 'Ada@VisionX.example', '--name', 'Ada Lovelace']);
  assert.is(run.code, 0, run.stderr);
  assert.is(run.stderr, '');
  const lines = run.stdout.trimEnd().split('\n');
  assert.is(lines.length, 5, run.stdout);
  assertEnrolmentPrinted(lines.slice(1), 'ada@visionx.example');
  const match = /^Created staff account ada@visionx\.example \(id (\d+)\); one-time password: (\S+)$/.exec(lines[0]!);
  assert.ok(match, run.stdout);
  const row = userRow('ada@visionx.example')!;
  assert.is(row.id, Number(match![1]));
  assert.is(row.role, 'staff');
  assert.is(row.name, 'Ada Lovelace');
  assert.ok(await bcrypt.compare(match![2]!, row.hash), 'the printed password is the stored one');
  assert.is(bcrypt.getRounds(row.hash), 4, 'hashed at the configured BCRYPT_COST');
});

test('an existing email is refused in one line; --promote resets it as staff', async () => {
  assertRefused(
    await staffCreate(['--email', 'ada@visionx.example', '--name', 'Ada']),
    /already exists; add --promote/,
  );
  const before = userRow('ada@visionx.example')!;
  assert.is(before.name, 'Ada Lovelace');
  const run = await staffCreate(['--email', 'ada@visionx.example', '--name', 'Ada King', '--promote']);
  assert.is(run.code, 0, run.stderr);
  const password = /^Promoted to staff ada@visionx\.example \(id \d+\); one-time password: (\S+)\n/.exec(
    run.stdout,
  )?.[1];
  assert.ok(password, run.stdout);
  const after = userRow('ada@visionx.example')!;
  assert.is(after.id, before.id);
  assert.is(after.name, 'Ada King');
  assert.ok(await bcrypt.compare(password!, after.hash));
});

test('--password-stdin: a weak password is refused, a good one is used and never echoed', async () => {
  assertRefused(
    await staffCreate(['--email', 'grace@visionx.example', '--name', 'Grace', '--password-stdin'], 'password\n'),
    /too common/,
  );
  assertRefused(
    await staffCreate(['--email', 'grace@visionx.example', '--name', 'Grace', '--password-stdin'], ''),
    /Password refused/,
  );
  assertRefused(
    await staffCreate(
      ['--email', 'grace@visionx.example', '--name', 'Grace', '--password-stdin'],
      `${GOOD_PASSWORD}\nsecond line\n`,
    ),
    /single line/,
  );
  assert.is(userRow('grace@visionx.example'), undefined);
  const run = await staffCreate(
    ['--email', 'grace@visionx.example', '--name', 'Grace Hopper', '--password-stdin'],
    `${GOOD_PASSWORD}\n`,
  );
  assert.is(run.code, 0, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  assert.is(lines[0], 'Created staff account grace@visionx.example (id 2) with the password from standard input');
  assertEnrolmentPrinted(lines.slice(1), 'grace@visionx.example');
  assert.not.match(run.stdout + run.stderr, GOOD_PASSWORD);
  assert.ok(await bcrypt.compare(GOOD_PASSWORD, userRow('grace@visionx.example')!.hash));
});

test('bad arguments are refused in one line', async () => {
  assertRefused(await staffCreate(['--email', 'not-an-email', '--name', 'X']), /Invalid email/);
  assertRefused(await staffCreate(['--email', 'x@visionx.example', '--name', '  ']), /Invalid name/);
  assertRefused(await staffCreate(['--email', 'x@visionx.example']), /usage: npm run staff:create/);
  assertRefused(
    await staffCreate(['--email', 'x@visionx.example', '--name', 'X', '--admin']),
    /usage: npm run staff:create/,
  );
  assert.is(userRow('x@visionx.example'), undefined);
});

test('a DATABASE_FILE that cannot be used (a directory) is refused in one line naming it', async () => {
  const run = await staffCreate(['--email', 'grace@visionx.example', '--name', 'Grace Hopper'], undefined, {
    DATABASE_FILE: dir,
  });
  assertRefused(run, /DATABASE_FILE ".+": it is a directory/);
});

test.run();
