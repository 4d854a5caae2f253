import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ConfigError, loadConfig } from './config.js';
import { resolveSessionSecret, SECRET_FILE_NAME } from './secret.js';

const config = suite('config');

/** The ConfigError thrown for an environment, or a failure when none is thrown. */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    assert.instance(err, ConfigError);
    return err as ConfigError;
  }
  assert.unreachable(`expected a ConfigError for ${JSON.stringify(env)}`);
  throw new Error('unreachable');
}

config('defaults for an empty environment', () => {
  assert.equal(loadConfig({}), {
    NODE_ENV: 'development',
    PORT: 3000,
    DATABASE_FILE: 'data/app.db',
    DATA_DIR: 'data',
    PUBLIC_URL: 'http://localhost:3000',
    MAIL_FROM: 'VisionX <shop@visionx.example>',
    ALLOWED_ORIGINS: [],
    LOG_LEVEL: 'info',
    BCRYPT_COST: 12,
    TRUST_PROXY: 0,
    GUEST_SESSIONS_PER_IP_PER_HOUR: 3000,
    PASSWORD_CHECKS_PER_IP_PER_MINUTE: 60,
    FULFILMENT_STEP_MS: 20_000,
    ASSISTANT_ENGINE: 'offline',
    OPENAI_MODEL: 'gpt-4o-mini',
    OPENAI_TIMEOUT_MS: 20_000,
    VOICEFLOW_VERSION_ID: 'production',
    VOICEFLOW_BASE_URL: 'https://general-runtime.voiceflow.com',
    VOICEFLOW_TIMEOUT_MS: 20_000,
    ASSISTANT_HISTORY_TURNS: 12,
    ASSISTANT_PACE_MS: 18,
    TOTP_ISSUER: 'VisionX Live',
    CONTACT_SESSION_LIMIT: 5,
    CONTACT_IP_LIMIT: 20,
    ASSISTANT_ANSWERS_PER_MINUTE_PER_IP: 120,
    ASSISTANT_ANSWERS_AT_ONCE_PER_IP: 20,
    ASSISTANT_ANSWERS_AT_ONCE: 200,
    ASSISTANT_DAILY_TOKEN_BUDGET: 20_000_000,
    SOCKETS_PER_SESSION: 30,
    SOCKETS_PER_IP: 2000,
    STAFF_PUSH_WINDOW_MS: 500,
    DESK_FIRST_RESPONSE_MINUTES: 15,
    DESK_NEXT_RESPONSE_MINUTES: 30,
    DESK_BUSINESS_HOURS: [[], ...Array.from({ length: 5 }, () => [[540, 1080]]), []],
    DESK_TIMEZONE: 'UTC',
    DESK_METRICS_WINDOW_MS: 2000,
    DESK_ROUND_ROBIN: 'off',
    DESK_SNOOZE_CHECK_MS: 30_000,
    ASSISTANT_CHECKPOINT_MS: 1000,
    secureCookies: false,
    PASSWORD_RESETS_PER_IP_PER_HOUR: 20,
    PASSWORD_RESETS_PER_EMAIL_PER_HOUR: 5,
    VERIFICATION_EMAILS_PER_USER_PER_HOUR: 5,
    DISCOUNT_REFUSALS_PER_HOUR: 600,
    WORKERS: 1,
  });
});

config('[WORK1] WORKERS: a number of processes, auto is one per core, anything else one clear line', () => {
  assert.is(loadConfig({ WORKERS: '3' }).WORKERS, 3);
  assert.is(loadConfig({ WORKERS: 'auto' }).WORKERS, availableParallelism());
  for (const bad of ['0', 'two', '1.5', '-2', 'AUTO', '65']) {
    const err = configError({ WORKERS: bad });
    assert.match(err.message, /^Invalid configuration: WORKERS /);
    assert.match(err.message, `(got "${bad}")`);
    assert.not.match(err.message, '\n');
  }
  assert.is(loadConfig({ NODE_ENV: 'test', WORKER_DIRECT_PORT_BASE: '41000' }).WORKER_DIRECT_PORT_BASE, 41000);
  assert.match(configError({ WORKER_DIRECT_PORT_BASE: '41000' }).message, 'tests only');
});

config('[DUE2] the desk: business hours and zone are checked at start, a schedule without hours refused', () => {
  const cfg = loadConfig({
    DESK_BUSINESS_HOURS: 'Mon-Fri 09:00-18:00,Sat 10:00-14:00',
    DESK_TIMEZONE: 'Europe/London',
  });
  assert.equal(cfg.DESK_BUSINESS_HOURS[6], [[600, 840]]);
  assert.is(cfg.DESK_TIMEZONE, 'Europe/London');
  assert.match(
    configError({ DESK_BUSINESS_HOURS: 'weekdays' }).message,
    'Invalid configuration: DESK_BUSINESS_HOURS has "weekdays", expected e.g. "Mon-Fri 09:00-18:00" (got "weekdays")',
  );
  assert.match(configError({ DESK_BUSINESS_HOURS: 'Mon 10:00-10:00' }).message, 'DESK_BUSINESS_HOURS');
  assert.match(configError({ DESK_TIMEZONE: 'Mars/Olympus' }).message, 'DESK_TIMEZONE must be an IANA time zone');
  for (const bad of ['0', '-5', '1.5', 'soon'])
    assert.match(configError({ DESK_FIRST_RESPONSE_MINUTES: bad }).message, 'DESK_FIRST_RESPONSE_MINUTES', bad);
  assert.match(configError({ DESK_METRICS_WINDOW_MS: '-1' }).message, 'DESK_METRICS_WINDOW_MS');
});

config('the assistant engine: offline by default, openai when a key or endpoint is configured', () => {
  assert.is(loadConfig({ OPENAI_API_KEY: 'sk-test' }).ASSISTANT_ENGINE, 'openai');
  assert.is(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }).ASSISTANT_ENGINE, 'openai');
  assert.is(loadConfig({ OPENAI_API_KEY: 'sk-test', ASSISTANT_ENGINE: 'offline' }).ASSISTANT_ENGINE, 'offline');
  assert.match(configError({ ASSISTANT_ENGINE: 'openai' }).message, 'needs OPENAI_API_KEY or OPENAI_BASE_URL');
  assert.match(configError({ OPENAI_BASE_URL: 'ftp://x' }).message, 'OPENAI_BASE_URL');
  assert.match(configError({ ASSISTANT_PACE_MS: '-1' }).message, 'ASSISTANT_PACE_MS');
  assert.match(configError({ TOTP_ISSUER: 'Vision:X' }).message, 'TOTP_ISSUER must not contain ":"');
  assert.is(loadConfig({ ASSISTANT_CHECKPOINT_MS: '250' }).ASSISTANT_CHECKPOINT_MS, 250);
  for (const bad of ['0', '99', '60001', '1.5', 'soon']) {
    assert.match(configError({ ASSISTANT_CHECKPOINT_MS: bad }).message, 'ASSISTANT_CHECKPOINT_MS', bad);
  }
});

config('an empty variable counts as unset', () => {
  const cfg = loadConfig({ PORT: '', BCRYPT_COST: '', SESSION_SECRET: '' });
  assert.is(cfg.PORT, 3000);
  assert.is(cfg.BCRYPT_COST, 12);
  assert.is(cfg.SESSION_SECRET, undefined);
});

config('valid values are parsed to their types', () => {
  const cfg = loadConfig({
    NODE_ENV: 'production',
    PORT: '8080',
    HOST: '0.0.0.0',
    BCRYPT_COST: '10',
    LOG_LEVEL: 'warn',
    TRUST_PROXY: '2',
    SESSION_SECRET: 's'.repeat(32),
    CONTACT_SESSION_LIMIT: '3',
    CONTACT_IP_LIMIT: '50',
  });
  assert.is(cfg.PORT, 8080);
  assert.is(cfg.HOST, '0.0.0.0');
  assert.is(cfg.BCRYPT_COST, 10);
  assert.is(cfg.LOG_LEVEL, 'warn');
  assert.is(cfg.TRUST_PROXY, 2);
  assert.is(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY, 0, 'false still means no proxy');
  assert.is(cfg.secureCookies, true);
  assert.is(cfg.SESSION_SECRET, 's'.repeat(32));
  const limits = loadConfig({ GUEST_SESSIONS_PER_IP_PER_HOUR: '50000', PASSWORD_CHECKS_PER_IP_PER_MINUTE: '5' });
  assert.is(limits.GUEST_SESSIONS_PER_IP_PER_HOUR, 50_000);
  assert.is(limits.PASSWORD_CHECKS_PER_IP_PER_MINUTE, 5);
  assert.equal([cfg.CONTACT_SESSION_LIMIT, cfg.CONTACT_IP_LIMIT], [3, 50]);
});

const BAD: Array<[env: Record<string, string>, variable: string]> = [
  [{ PORT: 'abc' }, 'PORT'],
  [{ PORT: '70000' }, 'PORT'],
  [{ PORT: '-1' }, 'PORT'],
  [{ PORT: '3.5' }, 'PORT'],
  [{ BCRYPT_COST: '3' }, 'BCRYPT_COST'],
  [{ BCRYPT_COST: '16' }, 'BCRYPT_COST'],
  [{ BCRYPT_COST: 'twelve' }, 'BCRYPT_COST'],
  [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
  [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
  [{ TRUST_PROXY: '-1' }, 'TRUST_PROXY'],
  [{ TRUST_PROXY: '11' }, 'TRUST_PROXY'],
  [{ ALLOWED_ORIGINS: 'not-a-url' }, 'ALLOWED_ORIGINS'],
  [{ ALLOWED_ORIGINS: 'https://ok.example,ftp://files.example' }, 'ALLOWED_ORIGINS'],
  [{ ALLOWED_ORIGINS: 'javascript:alert(1)' }, 'ALLOWED_ORIGINS'],
  [{ NODE_ENV: 'production', BCRYPT_COST: '8' }, 'BCRYPT_COST'],
  [{ FULFILMENT_STEP_MS: '-5' }, 'FULFILMENT_STEP_MS'],
  [{ FULFILMENT_STEP_MS: 'soon' }, 'FULFILMENT_STEP_MS'],
  [{ GUEST_SESSIONS_PER_IP_PER_HOUR: '0' }, 'GUEST_SESSIONS_PER_IP_PER_HOUR'],
  [{ GUEST_SESSIONS_PER_IP_PER_HOUR: 'many' }, 'GUEST_SESSIONS_PER_IP_PER_HOUR'],
  [{ PASSWORD_CHECKS_PER_IP_PER_MINUTE: '0' }, 'PASSWORD_CHECKS_PER_IP_PER_MINUTE'],
  [{ PASSWORD_CHECKS_PER_IP_PER_MINUTE: '2.5' }, 'PASSWORD_CHECKS_PER_IP_PER_MINUTE'],
  [{ CONTACT_SESSION_LIMIT: '0' }, 'CONTACT_SESSION_LIMIT'],
  [{ CONTACT_SESSION_LIMIT: '2.5' }, 'CONTACT_SESSION_LIMIT'],
  [{ CONTACT_IP_LIMIT: 'many' }, 'CONTACT_IP_LIMIT'],
  [{ CONTACT_IP_LIMIT: '-3' }, 'CONTACT_IP_LIMIT'],
  [{ ASSISTANT_ANSWERS_PER_MINUTE_PER_IP: '0' }, 'ASSISTANT_ANSWERS_PER_MINUTE_PER_IP'],
  [{ ASSISTANT_ANSWERS_AT_ONCE_PER_IP: 'many' }, 'ASSISTANT_ANSWERS_AT_ONCE_PER_IP'],
  [{ ASSISTANT_ANSWERS_AT_ONCE: '0' }, 'ASSISTANT_ANSWERS_AT_ONCE'],
  [{ ASSISTANT_DAILY_TOKEN_BUDGET: '-1' }, 'ASSISTANT_DAILY_TOKEN_BUDGET'],
  [{ SOCKETS_PER_SESSION: '0' }, 'SOCKETS_PER_SESSION'],
  [{ SOCKETS_PER_IP: '1.5' }, 'SOCKETS_PER_IP'],
  [{ STAFF_PUSH_WINDOW_MS: '-1' }, 'STAFF_PUSH_WINDOW_MS'],
  [{ DESK_ROUND_ROBIN: 'yes' }, 'DESK_ROUND_ROBIN'],
  [{ DESK_SNOOZE_CHECK_MS: '0' }, 'DESK_SNOOZE_CHECK_MS'],
  [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
  [{ REDIS_URL: 'http://localhost:6379' }, 'REDIS_URL'],
  [{ REDIS_URL: 'redis://cache:port' }, 'REDIS_URL'],
];

config('[VF10] ASSISTANT_ENGINE=voiceflow needs VOICEFLOW_API_KEY; version and runtime have defaults', () => {
  assert.match(
    configError({ ASSISTANT_ENGINE: 'voiceflow' }).message,
    'ASSISTANT_ENGINE=voiceflow needs VOICEFLOW_API_KEY',
  );
  const cfg = loadConfig({ ASSISTANT_ENGINE: 'voiceflow', VOICEFLOW_API_KEY: 'VF.DM.abc' });
  assert.equal(
    [cfg.ASSISTANT_ENGINE, cfg.VOICEFLOW_VERSION_ID, cfg.VOICEFLOW_BASE_URL, cfg.VOICEFLOW_PROJECT_ID],
    ['voiceflow', 'production', 'https://general-runtime.voiceflow.com', undefined],
  );
  const own = loadConfig({
    ASSISTANT_ENGINE: 'voiceflow',
    VOICEFLOW_API_KEY: 'VF.DM.abc',
    VOICEFLOW_VERSION_ID: 'development',
    VOICEFLOW_BASE_URL: 'https://runtime.private.example/',
    VOICEFLOW_PROJECT_ID: 'abc123',
  });
  assert.equal(
    [own.VOICEFLOW_VERSION_ID, own.VOICEFLOW_BASE_URL, own.VOICEFLOW_PROJECT_ID],
    ['development', 'https://runtime.private.example', 'abc123'],
  );
  // A key alone does not choose the engine: Voiceflow is chosen by name.
  assert.is(loadConfig({ VOICEFLOW_API_KEY: 'VF.DM.abc' }).ASSISTANT_ENGINE, 'offline');
  const err = configError({
    ASSISTANT_ENGINE: 'voiceflow',
    VOICEFLOW_API_KEY: 'VF.DM.x',
    VOICEFLOW_BASE_URL: 'ftp://x',
  });
  assert.match(err.message, 'VOICEFLOW_BASE_URL');
  assert.not.match(err.message, 'VF.DM.x');
});

config('REDIS_URL: redis:// or rediss://; a malformed one is named without echoing its password', () => {
  assert.is(loadConfig({ REDIS_URL: 'redis://localhost:6379' }).REDIS_URL, 'redis://localhost:6379');
  assert.is(
    loadConfig({ REDIS_URL: 'rediss://:pw@cache.example:6380/2' }).REDIS_URL,
    'rediss://:pw@cache.example:6380/2',
  );
  assert.is(loadConfig({}).REDIS_URL, undefined);
  const err = configError({ REDIS_URL: 'http://:s3cret@cache.example:6379' });
  assert.is(
    err.message,
    'Invalid configuration: REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://localhost:6379 (got "<hidden>")',
  );
});

for (const [env, variable] of BAD) {
  config(`${JSON.stringify(env)} is a ConfigError naming ${variable}`, () => {
    const err = configError(env);
    assert.is(err.name, 'ConfigError');
    assert.not.match(err.message, '\n', 'one line');
    assert.match(err.message, variable);
    const others = [
      'PORT',
      'BCRYPT_COST',
      'LOG_LEVEL',
      'NODE_ENV',
      'TRUST_PROXY',
      'ALLOWED_ORIGINS',
      'SESSION_SECRET',
      'FULFILMENT_STEP_MS',
    ].filter((v) => v !== variable);
    for (const other of others) assert.not.match(err.message, other, `names only ${variable}`);
  });
}

config('a short SESSION_SECRET is rejected without echoing the secret', () => {
  const secret = 'hunter2-but-longer-xyz'; // 22 characters
  const err = configError({ SESSION_SECRET: secret });
  assert.match(err.message, 'SESSION_SECRET');
  assert.match(err.message, '32');
  assert.not.match(err.message, secret);
  assert.not.match(err.message, 'hunter2');
  assert.not.match(err.message, '\n');
});

config('BCRYPT_COST 8 is fine outside production', () => {
  assert.is(loadConfig({ NODE_ENV: 'test', BCRYPT_COST: '8' }).BCRYPT_COST, 8);
  assert.is(loadConfig({ NODE_ENV: 'production', BCRYPT_COST: '10' }).BCRYPT_COST, 10);
});

config('ALLOWED_ORIGINS: a comma list becomes origins', () => {
  const cases: Array<[string, string[]]> = [
    ['https://shop.example', ['https://shop.example']],
    ['https://a.example, http://b.example:8080/some/path ,,', ['https://a.example', 'http://b.example:8080']],
    ['https://A.Example/', ['https://a.example']],
    ['https://a.example:443', ['https://a.example']],
    ['  ,  ', []],
  ];
  for (const [raw, origins] of cases) assert.equal(loadConfig({ ALLOWED_ORIGINS: raw }).ALLOWED_ORIGINS, origins, raw);
});

config(
  'PUBLIC_URL: the default follows PORT, a set value loses its trailing slash, anything but http(s) is refused',
  () => {
    assert.is(loadConfig({ PORT: '8080' }).PUBLIC_URL, 'http://localhost:8080');
    assert.is(loadConfig({ PUBLIC_URL: 'https://shop.visionx.example/' }).PUBLIC_URL, 'https://shop.visionx.example');
    assert.throws(() => loadConfig({ PUBLIC_URL: 'ftp://shop.example' }), /PUBLIC_URL/);
  },
);

config.run();

const secret = suite<{ dir: string }>('session secret file');

secret.before.each((ctx) => {
  ctx.dir = mkdtempSync(join(tmpdir(), 'vx-secret-'));
});
secret.after.each(({ dir }) => rmSync(dir, { recursive: true, force: true }));

secret('the first call writes a 0600 file, the second reuses it', ({ dir }) => {
  const dataDir = join(dir, 'nested', 'data');
  const first = resolveSessionSecret(undefined, dataDir);
  const file = join(dataDir, SECRET_FILE_NAME);
  assert.ok(first.length >= 32);
  assert.is(statSync(file).mode & 0o777, 0o600);
  assert.is(readFileSync(file, 'utf8').trim(), first);
  assert.is(resolveSessionSecret(undefined, dataDir), first);
  assert.is(resolveSessionSecret('', dataDir), first, 'an empty value is unset');
});

secret('two data dirs get different secrets', ({ dir }) => {
  assert.is.not(resolveSessionSecret(undefined, join(dir, 'a')), resolveSessionSecret(undefined, join(dir, 'b')));
});

secret('a value from the environment wins and writes no file', ({ dir }) => {
  const fromEnv = 'e'.repeat(40);
  assert.is(resolveSessionSecret(fromEnv, dir), fromEnv);
  assert.not.ok(existsSync(join(dir, SECRET_FILE_NAME)));
  resolveSessionSecret(undefined, dir);
  assert.is(resolveSessionSecret(fromEnv, dir), fromEnv, 'even when a file exists');
});

secret('a file with a short secret is refused, not used', ({ dir }) => {
  writeFileSync(join(dir, SECRET_FILE_NAME), 'too-short\n', { mode: 0o600 });
  assert.throws(() => resolveSessionSecret(undefined, dir), /shorter than 32/);
});

secret.run();
