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
    ADMIN_EMAIL: z.string().email('must be an email address').optional(),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
    NODE_ENV: z.string().default('production'),
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
  admin: { email: string; password: string } | null;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  production: boolean;
}

export class ConfigError extends Error {}

/** Empty strings count as unset, as they do in most .env tooling. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
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
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : null,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
  };
}
