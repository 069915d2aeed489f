import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Every setting the server reads, validated once at start. Code reads the typed result,
 * never process.env. Secrets are marked so that no log line or error ever prints them.
 */
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'MEILI_MASTER_KEY', 'ADMIN_PASSWORD']);

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: optionalText,
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  MEILI_HOST: optionalText.pipe(z.url('must be a URL such as http://127.0.0.1:7700').optional()),
  MEILI_MASTER_KEY: optionalText,
  SEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, 'only lower-case letters, digits and _')
    .default(''),
  SEARCH_ENGINE: z.enum(['auto', 'meilisearch', 'postgres']).default('auto'),
  ADMIN_EMAIL: optionalText.pipe(z.email('must be an e-mail address').optional()),
  ADMIN_PASSWORD: optionalText.pipe(
    z.string().min(10, 'must be at least 10 characters').optional(),
  ),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(8 * 1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  WEB_DIST_DIR: optionalText,
  SIGNUPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  TRUST_PROXY: z
    .string()
    .regex(/^(\d+|[\w.:/, -]+)$/, 'a hop count or a list such as "loopback, 10.0.0.0/8"')
    .default('loopback'),
});

export interface AppConfig {
  environment: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  meiliHost?: string;
  meiliMasterKey?: string;
  searchIndexPrefix: string;
  searchEngine: 'auto' | 'meilisearch' | 'postgres';
  adminEmail?: string;
  adminPassword?: string;
  uploadMaxBytes: number;
  logLevel: string;
  cookieSecure: boolean;
  webDistDir: string;
  /** Accounts one client address may open in an hour (a KIM training room shares one). */
  signupsPerAddressPerHour: number;
  /** Which proxies may tell us the client address (Express `trust proxy`). */
  trustProxy: string | number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The folder that holds package.json, so paths work from source and from dist alike. */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth += 1) {
    if (fs.existsSync(path.join(dir, 'nx.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** Validates the environment; throws a ConfigError naming each bad variable, never its value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const detail = SECRET_VARIABLES.has(name) ? issue.message : issue.message;
      return `${name}: ${detail}`;
    });
    throw new ConfigError(problems);
  }

  const values = parsed.data;
  const root = projectRoot();
  return {
    environment: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(root, values.DATA_DIR ?? '.data'),
    databaseUrl: values.DATABASE_URL,
    meiliHost: values.MEILI_HOST,
    meiliMasterKey: values.MEILI_MASTER_KEY,
    searchIndexPrefix: values.SEARCH_INDEX_PREFIX,
    searchEngine: values.SEARCH_ENGINE,
    adminEmail: values.ADMIN_EMAIL,
    adminPassword: values.ADMIN_PASSWORD,
    uploadMaxBytes: values.UPLOAD_MAX_BYTES,
    logLevel: values.LOG_LEVEL,
    cookieSecure: values.COOKIE_SECURE,
    webDistDir: path.resolve(root, values.WEB_DIST_DIR ?? 'dist/apps/web'),
    signupsPerAddressPerHour: values.SIGNUPS_PER_ADDRESS_PER_HOUR,
    trustProxy: /^\d+$/.test(values.TRUST_PROXY) ? Number(values.TRUST_PROXY) : values.TRUST_PROXY,
  };
}

/** A random secret for the bundled search engine, kept beside its data. */
export function generateSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export const APP_CONFIG = Symbol('APP_CONFIG');
