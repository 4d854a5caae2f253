// `npm run staff:create -- --email ada@visionx.example --name "Ada Lovelace" [--password-stdin] [--promote]`
// Creates a staff account in the configured database (the server's env and config) and prints
// its one-time password on one stdout line, then its authenticator secret, otpauth:// link and
// recovery codes (staff sign in with a code); refusals are one line on stderr and exit 1.
import bcrypt from 'bcryptjs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { openDatabaseFile } from '../server/database-file.js';
import { loadCommonPasswords } from '../server/features/auth/password-policy.js';
import { createStaffAccount, StaffAccountError } from '../server/features/staff/staff-accounts.js';
import { enrolmentLines } from '../server/features/two-factor/staff-enrolment.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const USAGE = 'usage: npm run staff:create -- --email <address> --name "<full name>" [--password-stdin] [--promote]';

function fail(message: string): never {
  console.error(`staff:create: ${message}`);
  process.exit(1);
}

function readArgs() {
  try {
    const { values } = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        promote: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.email === undefined || values.name === undefined) fail(USAGE);
    return values;
  } catch (err) {
    return fail(`${(err as Error).message} (${USAGE})`);
  }
}

/** The whole of standard input, less one final line break; a password is one line. */
async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY)
    fail('--password-stdin reads a piped password, e.g. `printf %s "$PW" | npm run staff:create -- …`');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (/[\r\n]/.test(text)) fail('Password refused: it must be a single line.');
  return text;
}

/** A setting that cannot work (a bad value, an unusable DATABASE_FILE) is a one-line refusal. */
function orFail<T>(load: () => T): T {
  try {
    return load();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

const args = readArgs();
const config = orFail(() => loadConfig(process.env));
const password = args['password-stdin'] ? await readPasswordFromStdin() : undefined;
const db = orFail(() => openDatabaseFile(resolve(root, config.DATABASE_FILE), openDatabase));
try {
  const result = await createStaffAccount(
    db,
    { email: args.email, name: args.name },
    {
      hash: (pw) => bcrypt.hash(pw, config.BCRYPT_COST),
      commonPasswords: loadCommonPasswords(join(root, 'data/common-passwords.txt')),
      now: Date.now(),
      password,
      promote: args.promote,
    },
  );
  const what = result.action === 'created' ? 'Created staff account' : 'Promoted to staff';
  // The only place the password and the second factor are ever shown, for the operator to hand over.
  if (password === undefined)
    console.log(`${what} ${result.email} (id ${result.userId}); one-time password: ${result.password}`);
  else console.log(`${what} ${result.email} (id ${result.userId}) with the password from standard input`);
  console.log(enrolmentLines(result.enrolment, result.email, config.TOTP_ISSUER).join('\n'));
} catch (err) {
  if (err instanceof StaffAccountError) fail(err.message);
  throw err;
} finally {
  db.$client.close();
}
