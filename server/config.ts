import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { isTimeZone, parseBusinessHours, type BusinessHours } from '../shared/business-hours.js';

/**
 * Every setting the server reads from the environment, validated once at start.
 * Keep the README's configuration table in step with this schema.
 */
const origin = z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_FILE: z.string().min(1).default('data/app.db'),
  DATA_DIR: z.string().min(1).default('data'),
  /**
   * Where shoppers reach the shop (no trailing slash): links in emails, canonical URLs, the
   * sitemap. Unset: http://localhost:<PORT>; production sets it.
   */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Where mail is sent, e.g. smtp://user:pass@host:587 (smtps:// for TLS from the start). Unset: mail stays in the outbox (see /dev/mail). */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /**
   * Redis for processes on several machines (docs/decisions/030-redis.md), e.g.
   * redis://:password@redis.internal:6379 (rediss:// for TLS). Unset: nothing needs Redis.
   */
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL, e.g. redis://localhost:6379' })
    .optional(),
  /** The From of every email. */
  MAIL_FROM: z.string().trim().min(3).max(200).default('VisionX <shop@visionx.example>'),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(origin)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  /**
   * How many reverse proxies stand in front of the app. The client IP is the address that many
   * hops from the right of X-Forwarded-For, so a client cannot pick its own IP by sending the
   * header (`true` would trust the leftmost, client-written entry and defeat per-IP limits).
   */
  TRUST_PROXY: z
    .string()
    .default('0')
    .transform((v) => (v === 'false' ? '0' : v))
    .pipe(z.string().regex(/^\d+$/, 'must be the number of proxies in front of the app (0 for none), e.g. 1'))
    .transform(Number)
    .pipe(z.number().max(10, 'must be at most 10 proxies')),
  /**
   * First visits (new guest sessions) per client address: a burst of this many, refilled at this
   * many an hour. Generous because an office or a carrier NAT shows many shoppers as one address;
   * it only stops a script minting sessions without end.
   */
  GUEST_SESSIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(10_000_000).default(3000),
  /** Calls that check a password (sign-in, sign-up, password change, account deletion) per client address: a burst of this many, refilled at this many a minute. */
  PASSWORD_CHECKS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  /**
   * "Forgot password?" requests per client address and per email address, in an hour (a burst,
   * then evenly spread); an unknown email is counted like a known one (ADR 025).
   */
  PASSWORD_RESETS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  PASSWORD_RESETS_PER_EMAIL_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  /** Refused discount codes the whole shop answers in an hour (a burst, then evenly spread): bounds guessing from many addresses at once [DISC6]. */
  DISCOUNT_REFUSALS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /** Verification emails one account may ask for again in an hour. */
  VERIFICATION_EMAILS_PER_USER_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  /** The demo's fulfilment simulator moves paid orders one step this often; 0 turns it off. */
  FULFILMENT_STEP_MS: z.coerce.number().int().min(0).max(86_400_000).default(20_000),
  /** The assistant's engine; unset: `openai` when OPENAI_API_KEY or OPENAI_BASE_URL is set, else the built-in `offline`. */
  ASSISTANT_ENGINE: z.enum(['offline', 'openai', 'voiceflow']).optional(),
  /** The Voiceflow Dialog Manager API key (VF.DM.…), needed by ASSISTANT_ENGINE=voiceflow (docs/decisions/033-voiceflow-engine.md). */
  VOICEFLOW_API_KEY: z.string().min(1).optional(),
  /** The Voiceflow version the agent runs: `production`, `development` or a version id. */
  VOICEFLOW_VERSION_ID: z.string().trim().min(1).max(100).default('production'),
  /** Voiceflow's runtime (a private cloud's own runtime URL, or a local fake in tests). */
  VOICEFLOW_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ''))
    .default('https://general-runtime.voiceflow.com'),
  /** The Voiceflow project id: set, answers stream (the DM API's stream route needs it); unset, each turn's answer arrives whole. */
  VOICEFLOW_PROJECT_ID: z
    .string()
    .regex(/^[\w-]{1,64}$/, 'must be a Voiceflow project id (letters, digits, - and _)')
    .optional(),
  /** The most the Voiceflow runtime may stay silent (before its first trace or between two). */
  VOICEFLOW_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(20_000),
  OPENAI_API_KEY: z.string().min(1).optional(),
  /** Any OpenAI-compatible Chat Completions endpoint, e.g. http://localhost:11434/v1. */
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** The most the model may stay silent (before its first token or between two); an answer may take longer in all. */
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(20_000),
  /** How many earlier messages of a conversation go into each turn's context. */
  ASSISTANT_HISTORY_TURNS: z.coerce.number().int().min(0).max(50).default(12),
  /** The name authenticator apps show beside the account (the otpauth:// link's issuer). */
  TOTP_ISSUER: z
    .string()
    .max(40, 'must be at most 40 characters')
    .refine((s) => !s.includes(':'), 'must not contain ":" (it separates issuer and account in authenticator apps)')
    .default('VisionX Live'),
  /** The offline engine streams a word every this many ms (a natural pace); 0 streams at once. */
  ASSISTANT_PACE_MS: z.coerce.number().int().min(0).max(1000).default(18),
  /** Contact messages one session may send in an hour (a burst, then evenly spread). */
  CONTACT_SESSION_LIMIT: z.coerce.number().int().min(1).max(1000).default(5),
  /** Contact messages one client address (after TRUST_PROXY) may send in an hour, across its sessions. */
  CONTACT_IP_LIMIT: z.coerce.number().int().min(1).max(10_000).default(20),
  /**
   * Abuse bounds per client address (docs/decisions/011-limits-per-address.md): sessions are free
   * to mint, so what costs money or storage is also counted per IP and in total. The defaults
   * sit far above what a household or an office behind one address does.
   */
  ASSISTANT_ANSWERS_PER_MINUTE_PER_IP: z.coerce.number().int().min(1).max(100_000).default(120),
  ASSISTANT_ANSWERS_AT_ONCE_PER_IP: z.coerce.number().int().min(1).max(10_000).default(20),
  ASSISTANT_ANSWERS_AT_ONCE: z.coerce.number().int().min(1).max(100_000).default(200),
  /** Model tokens (prompt + completion) the assistant may use per UTC day; 0: no budget (a free local endpoint). */
  ASSISTANT_DAILY_TOKEN_BUDGET: z.coerce.number().int().min(0).default(20_000_000),
  SOCKETS_PER_SESSION: z.coerce.number().int().min(1).max(10_000).default(30),
  // A carrier or office NAT puts thousands of people behind one address; 500 first visits a minute must all get in.
  SOCKETS_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(2000),
  /** Rows changed within this window reach each staff console as one frame (the latest state); 500: a storm is ≤ 2 frames/s. */
  STAFF_PUSH_WINDOW_MS: z.coerce.number().int().min(0).max(600_000).default(500),
  /** Response-time targets of the desk, in business minutes (docs/SPEC.md [DUE1]): a person's first reply, and each next one. */
  DESK_FIRST_RESPONSE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(15),
  DESK_NEXT_RESPONSE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(30),
  /** When the targets' clock runs, e.g. `Mon-Fri 09:00-18:00,Sat 10:00-14:00` (shared/business-hours.ts). */
  DESK_BUSINESS_HOURS: z
    .string()
    .default('Mon-Fri 09:00-18:00')
    .transform((text, check): BusinessHours => {
      const parsed = parseBusinessHours(text);
      if (typeof parsed !== 'string') return parsed;
      check.addIssue({ code: 'custom', message: parsed });
      return z.NEVER;
    }),
  /** The zone of the business hours (IANA, e.g. Europe/London). */
  DESK_TIMEZONE: z
    .string()
    .default('UTC')
    .refine(isTimeZone, 'must be an IANA time zone, e.g. Europe/London or America/New_York'),
  /** The staff console's live figures are pushed at most once per this window. */
  DESK_METRICS_WINDOW_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
  /** on: a hand-off is assigned to the online staff member with the fewest open conversations ([ASSIGN5]). */
  DESK_ROUND_ROBIN: z.enum(['off', 'on']).default('off'),
  /** How often snoozed conversations due by now are opened again ([DESKST2]). */
  DESK_SNOOZE_CHECK_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  /**
   * Every this many ms, what each answer in progress has shown is written (one group commit for
   * all), so a killed process loses about this much of an answer at most (ADR 014). Lower costs
   * a write per streaming answer more often; never one per token.
   */
  ASSISTANT_CHECKPOINT_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  /**
   * How many server processes share the port and the database file (docs/decisions/028-workers-cluster.md):
   * 1 is one process as ever; `auto` is one per core of this machine.
   */
  WORKERS: z
    .string()
    .default('1')
    .transform((v) => (v === 'auto' ? String(availableParallelism()) : v))
    .pipe(z.string().regex(/^\d+$/, 'must be a number of processes (1 or more) or auto, e.g. 2'))
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(64, 'must be at most 64')),
  /**
   * Tests only (NODE_ENV=test): with WORKERS > 1, worker i (0, 1, …) also listens on this port + i
   * on its own, so a test can put a client on a chosen process.
   */
  WORKER_DIRECT_PORT_BASE: z.coerce.number().int().min(1).max(65_000).optional(),
});

type Env = z.infer<typeof EnvSchema>;
export interface Config extends Omit<Env, 'ASSISTANT_ENGINE' | 'PUBLIC_URL'> {
  /** PUBLIC_URL, or http://localhost:<PORT> when unset (never with a trailing slash). */
  PUBLIC_URL: string;
  /** Cookies get Secure and the __Host- prefix. */
  secureCookies: boolean;
  ASSISTANT_ENGINE: 'offline' | 'openai' | 'voiceflow';
}

const SECRET_VARIABLES = new Set(['SESSION_SECRET', 'OPENAI_API_KEY', 'VOICEFLOW_API_KEY', 'SMTP_URL', 'REDIS_URL']);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): Config {
  // An empty variable means "unset", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const got =
      name in present ? ` (got ${JSON.stringify(SECRET_VARIABLES.has(name) ? '<hidden>' : present[name])})` : '';
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}${got}`);
  }
  const cfg = parsed.data;
  if (cfg.NODE_ENV === 'production' && cfg.BCRYPT_COST < 10) {
    throw new ConfigError('Invalid configuration: BCRYPT_COST must be at least 10 in production');
  }
  if (cfg.WORKER_DIRECT_PORT_BASE !== undefined && cfg.NODE_ENV !== 'test') {
    throw new ConfigError('Invalid configuration: WORKER_DIRECT_PORT_BASE is for tests only (NODE_ENV=test)');
  }
  const engine = cfg.ASSISTANT_ENGINE ?? (cfg.OPENAI_API_KEY || cfg.OPENAI_BASE_URL ? 'openai' : 'offline');
  if (engine === 'openai' && !cfg.OPENAI_API_KEY && !cfg.OPENAI_BASE_URL) {
    throw new ConfigError('Invalid configuration: ASSISTANT_ENGINE=openai needs OPENAI_API_KEY or OPENAI_BASE_URL');
  }
  if (engine === 'voiceflow' && !cfg.VOICEFLOW_API_KEY) {
    throw new ConfigError('Invalid configuration: ASSISTANT_ENGINE=voiceflow needs VOICEFLOW_API_KEY');
  }
  return {
    ...cfg,
    PUBLIC_URL: cfg.PUBLIC_URL ?? `http://localhost:${cfg.PORT}`,
    ASSISTANT_ENGINE: engine,
    secureCookies: cfg.NODE_ENV === 'production',
  };
}
