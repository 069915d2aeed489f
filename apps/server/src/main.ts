import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config.js';
import { createLogger } from './common/logging/logger.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`SIM-SE cannot start. ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }

  const logger = createLogger(config.logLevel);
  logger.info(
    {
      environment: config.environment,
      port: config.port,
      database: config.databaseUrl ? 'external' : 'embedded',
      search: config.meiliHost ? 'external Meilisearch' : config.searchEngine,
      dataDir: config.dataDir,
    },
    'SIM-SE is starting',
  );

  const started = Date.now();
  const server = await startServer(config, logger).catch((error: unknown) => {
    logger.fatal({ err: error }, 'SIM-SE could not start');
    process.exit(1);
  });
  logger.info(
    { url: server.url, startupMs: Date.now() - started },
    `SIM-SE is listening on ${server.url}`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'SIM-SE is stopping');
    const forced = setTimeout(() => process.exit(1), 15_000);
    forced.unref();
    server
      .close()
      .then(() => {
        logger.info('SIM-SE stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'SIM-SE did not stop cleanly');
        process.exit(1);
      });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => stop(signal));
}

void main();
