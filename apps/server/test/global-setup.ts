import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedMeilisearch } from '../src/runtime/embedded-meilisearch.js';
import { startEmbeddedPostgres } from '../src/runtime/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    meiliHost: string;
    meiliKey: string;
  }
}

/**
 * One real PostgreSQL and one real Meilisearch for the whole run, each test file then
 * gets its own database and its own search index prefix.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-se-test-'));
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });
  const postgres = await startEmbeddedPostgres(dataDir, logger);
  const meili = await startEmbeddedMeilisearch(dataDir, logger).catch(async (error: unknown) => {
    // Vitest runs no teardown when setup fails: stop what did start and leave nothing behind.
    await postgres.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });

  project.provide('postgresUrl', postgres.url);
  project.provide('meiliHost', meili.host);
  project.provide('meiliKey', meili.masterKey);

  return async () => {
    await meili.stop();
    await postgres.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
