import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { parseEd25519PrivateKey } from './signing-key.js';

const DEV_JWT_SECRET = 'techmarket-development-key-change-me';
/** The Ed25519 seed of development and test: in the repository, so it proves nothing. */
const DEV_EVIDENCE_SIGNING_SEED = '746563686d61726b65742d646576656c6f706d656e742d65766964656e636521';
/** Where a key in the repository is acceptable. */
const isDevelopmentOrTest = (nodeEnv: string) => nodeEnv === 'development' || nodeEnv === 'test';

const schema = z
  .object({
    // no default: a forgotten NODE_ENV is a production server, never one signing with the development key
    NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .default('postgres://postgres@127.0.0.1:5432/techmarket'),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .default('redis://127.0.0.1:6379'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    JWT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    JWT_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(30 * 24 * 3600)
      .default(8 * 3600),
    OPERATOR_EMAIL: z.string().email('must be an email address').optional(),
    OPERATOR_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
    PUBLIC_NOTICE_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .default(15 * 24 * 3600),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i, 'letters, digits, - and _ only')
      .default('techmarket'),
    LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
    SIGNUPS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(20),
    BID_OPTIMISTIC_TRIES: z.coerce.number().int().min(0).max(20).default(3),
    EVIDENCE_SIGNING_KEY: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    const jwtProblem = jwtSecretProblem(env.NODE_ENV, env.JWT_SECRET);
    if (jwtProblem) ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: jwtProblem });
    if (env.EVIDENCE_SIGNING_KEY) {
      try {
        parseEd25519PrivateKey(env.EVIDENCE_SIGNING_KEY);
      } catch (err) {
        ctx.addIssue({ code: 'custom', path: ['EVIDENCE_SIGNING_KEY'], message: (err as Error).message });
      }
    } else if (!isDevelopmentOrTest(env.NODE_ENV ?? 'production')) {
      ctx.addIssue({
        code: 'custom',
        path: ['EVIDENCE_SIGNING_KEY'],
        message: 'is required unless NODE_ENV is development or test',
      });
    }
    if (!!env.OPERATOR_EMAIL !== !!env.OPERATOR_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: [env.OPERATOR_EMAIL ? 'OPERATOR_PASSWORD' : 'OPERATOR_EMAIL'],
        message: 'OPERATOR_EMAIL and OPERATOR_PASSWORD are set together',
      });
    }
  });

/** Only an explicit development or test environment may sign tokens with the key in the repository. */
export function jwtSecretProblem(nodeEnv: string | undefined, secret: string | undefined): string | null {
  if (nodeEnv === 'development' || nodeEnv === 'test') return null;
  if (!secret) return 'is required unless NODE_ENV is development or test';
  if (secret === DEV_JWT_SECRET)
    return 'must not be the development key unless NODE_ENV is development or test';
  return null;
}

export interface AppConfig {
  /** NODE_ENV; production when it is not set. */
  env: 'development' | 'production' | 'test';
  databaseUrl: string;
  redisUrl: string;
  port: number;
  jwtSecret: string;
  jwtTtlSeconds: number;
  operator: { email: string; password: string } | null;
  publicNoticeSeconds: number;
  queuePrefix: string;
  loginAttemptsPerMinute: number;
  /** Sign-ups (`register`) per client address per hour. */
  signupsPerHour: number;
  /** Bid decisions on an unlocked read before a bid waits for the lot's row lock (0: always the lock). */
  bidOptimisticTries: number;
  /** Ed25519 private key that signs evidence checkpoints (a key in the repository in development and test). */
  evidenceSigningKey: KeyObject;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment into one typed object; every bad value is named in the error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const blanksRemoved = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(blanksRemoved);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV ?? 'production',
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    port: e.PORT,
    jwtSecret: e.JWT_SECRET ?? DEV_JWT_SECRET,
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    operator:
      e.OPERATOR_EMAIL && e.OPERATOR_PASSWORD
        ? { email: e.OPERATOR_EMAIL, password: e.OPERATOR_PASSWORD }
        : null,
    publicNoticeSeconds: e.PUBLIC_NOTICE_SECONDS,
    queuePrefix: e.QUEUE_PREFIX,
    loginAttemptsPerMinute: e.LOGIN_ATTEMPTS_PER_MINUTE,
    signupsPerHour: e.SIGNUPS_PER_HOUR,
    bidOptimisticTries: e.BID_OPTIMISTIC_TRIES,
    evidenceSigningKey: parseEd25519PrivateKey(e.EVIDENCE_SIGNING_KEY ?? DEV_EVIDENCE_SIGNING_SEED),
    logLevel: e.LOG_LEVEL,
  };
}

/** For process entry points: a bad value stops the process with a message naming it. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
}
