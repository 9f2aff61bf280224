import { MAX_ANSWER_AGE_DAYS } from '../../../reports/instruments';
import { z } from 'zod';

/**
 * The one validated configuration object. Nothing else in the app reads process.env:
 * a bad value stops the boot with a message naming the variable.
 */
const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    errorMap: () => ({ message: 'must be true or false' }),
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

function positiveInt(fallback: number, max = 100000) {
  return z.coerce
    .number({ invalid_type_error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`)
    .default(fallback);
}

const schema = z
  .object({
    PORT: z.coerce
      .number({ invalid_type_error: 'must be a port number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 65535')
      .max(65535, 'must be between 1 and 65535')
      .default(3000),
    DATABASE_PATH: z.string().min(1, 'must not be empty').default('data/kohtaamo.sqlite'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DEMO_DATA: booleanString.default('true'),
    EXPORT_TEXT_REFRESH: booleanString.default('true'),
    ADMIN_EMAIL: z.string().email('must be an email address').optional(),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
    LOG_FORMAT: z.enum(['json', 'text']).optional(),
    CLOCK_START: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO instant such as 2026-10-15T12:00+03:00')
      .refine(isRealDay, 'must be a real date and time')
      .optional(),
    NODE_ENV: z.string().default('production'),
    TRUST_PROXY: z
      .string()
      .refine((v) => v !== 'true', {
        message:
          'true would believe every X-Forwarded-For hop, so any client could name its own address and pass the login and answer limits; ' +
          'set the number of proxies in front (e.g. 1) or their addresses or subnets (e.g. 10.0.0.0/8)',
      })
      .refine((v) => /^(false|\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/.test(v), 'must be false, a number of proxies or a list of addresses or subnets')
      .default('false'),
    CORS_ORIGINS: z
      .string()
      .regex(/^https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*$/, 'must be a comma-separated list of origins such as https://example.fi')
      .optional(),
    SESSION_IDLE_MINUTES: positiveInt(30),
    SESSION_ABSOLUTE_HOURS: positiveInt(12),
    LOGIN_MAX_FAILURES: positiveInt(5),
    LOGIN_LOCKOUT_MINUTES: positiveInt(15),
    LOGIN_RATE_LIMIT: positiveInt(20),
    // Benchmarks raise it far above what a place needs.
    RESPONSE_RATE_LIMIT: positiveInt(120, 100_000_000),
    KIOSK_ACTIVATION_RATE_LIMIT: positiveInt(10),
    KIOSK_ANSWER_RATE_LIMIT: positiveInt(30),
    // Longer than a device may hold an answer (MAX_ANSWER_AGE_DAYS), so no phone's queued
    // answer lands in a period already released.
    RELEASE_GRACE_DAYS: z.coerce
      .number({ invalid_type_error: 'must be a whole number' })
      .int('must be a whole number')
      .min(MAX_ANSWER_AGE_DAYS + 1, `must be at least ${MAX_ANSWER_AGE_DAYS + 1} (longer than a device may hold an answer)`)
      .max(366, 'must be at most 366')
      .default(14),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'],
        message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
      });
    }
  });

export interface AppConfig {
  port: number;
  database:
    | { type: 'sqlite'; path: string }
    | { type: 'postgres'; url: string };
  demoData: boolean;
  /** Bring stale export-ready texts up to date in the background after boot (tests start it themselves). */
  refreshExportTexts: boolean;
  admin: { email: string; password: string } | null;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** JSON lines for collectors; readable text on a terminal. */
  logFormat: 'json' | 'text';
  /** Tests and demonstrations only: the app's clock starts here instead of at the real time. */
  clockStart: Date | null;
  production: boolean;
  /**
   * Express's "trust proxy": how many proxies, or which addresses, to believe in
   * X-Forwarded-Proto/-For (Secure cookies, the client address of the rate limits). Never
   * `true`, which lets any client choose its address.
   */
  trustProxy: false | number | string;
  /** Origins allowed to call the API from a browser; empty means CORS stays closed. */
  corsOrigins: string[];
  auth: AuthConfig;
  /** Anonymous answers per client address per minute, counted in memory only. */
  responseRateLimitPerMinute: number;
  /** Kiosk setup attempts per client address per minute (the activation endpoint is public). */
  kioskActivationRateLimitPerMinute: number;
  /** Answers per kiosk device per minute. */
  kioskAnswerRateLimitPerMinute: number;
  /** Days after a period ends before its figures are released (late paper forms). */
  releaseGraceDays: number;
}

export interface AuthConfig {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Failed logins in a row before an account is locked for lockoutMinutes. */
  maxFailedLogins: number;
  lockoutMinutes: number;
  /** Failed logins per client IP per minute before 429, counted in memory only. */
  loginRateLimitPerMinute: number;
}

export class ConfigError extends Error {}

/** Empty strings count as unset, as they do in most .env tooling. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

/** `terminal`: whether logs go to a person's terminal (then they are text unless LOG_FORMAT says otherwise). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, terminal = Boolean(process.stdout.isTTY)): AppConfig {
  const parsed = schema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      const given = env[variable];
      // Secrets (passwords, credentials inside a URL) are never echoed back.
      const secret = variable.includes('PASSWORD') || variable === 'DATABASE_URL';
      const shown = secret || given === undefined ? '' : ` (got "${given}")`;
      return `${variable}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    database: e.DATABASE_URL ? { type: 'postgres', url: e.DATABASE_URL } : { type: 'sqlite', path: e.DATABASE_PATH },
    demoData: e.DEMO_DATA,
    refreshExportTexts: e.EXPORT_TEXT_REFRESH,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : null,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (terminal ? 'text' : 'json'),
    clockStart: e.CLOCK_START ? new Date(e.CLOCK_START) : null,
    production: e.NODE_ENV === 'production',
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',').map((origin) => origin.trim()) : [],
    auth: {
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
      maxFailedLogins: e.LOGIN_MAX_FAILURES,
      lockoutMinutes: e.LOGIN_LOCKOUT_MINUTES,
      loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT,
    },
    responseRateLimitPerMinute: e.RESPONSE_RATE_LIMIT,
    kioskActivationRateLimitPerMinute: e.KIOSK_ACTIVATION_RATE_LIMIT,
    kioskAnswerRateLimitPerMinute: e.KIOSK_ANSWER_RATE_LIMIT,
    releaseGraceDays: e.RELEASE_GRACE_DAYS,
  };
}

/** "false", a hop count ("1": one reverse proxy in front), or addresses/subnets as Express reads them. */
function parseTrustProxy(value: string): false | number | string {
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** 2026-02-30 parses (JavaScript rolls it over to 2 March) but is no day. */
function isRealDay(instant: string): boolean {
  const day = instant.slice(0, 10);
  const parsed = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().startsWith(day);
}
