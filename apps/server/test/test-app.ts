import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { GraphqlClient } from '../src/common/graphql/graphql-http-client.js';

export const TEST_ADMIN = { email: 'admin@test.sim-se.local', password: 'admin-password-123' };
/** A kelurahan of Kota Serang: Cipocok Jaya, in kecamatan Cipocok Jaya. */
export const TEST_KELURAHAN = '36.73.05.1001';

export interface TestApp {
  server: RunningServer;
  url: string;
  databaseUrl: string;
  /** A fresh client with no session. */
  client(language?: 'id' | 'en'): GraphqlClient;
  /** A client signed in as the seeded administrator. */
  admin(): Promise<GraphqlClient>;
  /** Registers a new resident and returns a client signed in as them, with their id. */
  resident(name?: string): Promise<{ client: GraphqlClient; id: string; email: string }>;
  /** Registers a person and has the administrator grant them the roles. */
  personWithRoles(roles: string[], name?: string): Promise<{ client: GraphqlClient; id: string }>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Every log line the server wrote, parsed, when started with `captureLogs`. */
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * Boots the whole server against the run's real PostgreSQL (a database of its own) and
 * real Meilisearch (an index prefix of its own), on a free port.
 */
export async function startTestApp(
  overrides: Record<string, string> = {},
  options: { captureLogs?: boolean } = {},
): Promise<TestApp> {
  const suffix = randomBytes(5).toString('hex');
  const adminUrl = new URL(inject('postgresUrl'));
  const databaseName = `test_${suffix}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  await admin.end();

  const databaseUrl = new URL(adminUrl.toString());
  databaseUrl.pathname = `/${databaseName}`;
  // Inside a dot-folder, as the default `.data` is, so path handling meets the real shape.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-se-app-'));
  const dataDir = path.join(scratch, '.data');
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl.toString(),
    MEILI_HOST: inject('meiliHost'),
    MEILI_MASTER_KEY: inject('meiliKey'),
    SEARCH_INDEX_PREFIX: `t${suffix}_`,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Every test person signs up from loopback; the limit has a test of its own.
    SIGNUPS_PER_ADDRESS_PER_HOUR: '10000',
    ...overrides,
  });
  const logs: Array<Record<string, unknown>> = [];
  const logger = options.captureLogs
    ? pino({ level: 'debug' }, { write: (line: string) => logs.push(parseLogLine(line)) })
    : pino({ level: config.logLevel });
  const server = await startServer(config, logger);
  const database = new pg.Pool({ connectionString: databaseUrl.toString(), max: 2 });

  const app: TestApp = {
    server,
    url: server.url,
    logs,
    databaseUrl: databaseUrl.toString(),
    client: (language = 'id') => new GraphqlClient(server.url, language),
    admin: async () => {
      const client = new GraphqlClient(server.url);
      await client.data(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, {
        input: TEST_ADMIN,
      });
      return client;
    },
    resident: async (name = 'Warga Uji') => {
      const client = new GraphqlClient(server.url);
      const email = `warga-${randomBytes(4).toString('hex')}@contoh.id`;
      const data = await client.data<{ register: { id: string } }>(
        `mutation($input: RegisterInput!) { register(input: $input) { id } }`,
        { input: { name, email, password: 'rahasia-kuat-123', regionCode: TEST_KELURAHAN } },
      );
      return { client, id: data.register.id, email };
    },
    personWithRoles: async (roles, name) => {
      const person = await app.resident(name);
      const administrator = await app.admin();
      for (const role of roles) {
        await administrator.data(
          `mutation($input: SetRoleInput!) { setRole(input: $input) { id } }`,
          { input: { userId: person.id, role, granted: true } },
        );
      }
      return { client: person.client, id: person.id };
    },
    query: async <T>(sql: string, params: unknown[] = []) =>
      (await database.query(sql, params)).rows as T[],
    close: async () => {
      await database.end();
      await server.close();
      fs.rmSync(scratch, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: adminUrl.toString() });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await cleanup.end();
    },
  };
  return app;
}

function parseLogLine(line: string): Record<string, unknown> {
  return JSON.parse(line) as Record<string, unknown>;
}
