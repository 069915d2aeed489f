import type { Logger } from 'pino';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { TypeOrmPinoLogger, SLOW_QUERY_MS } from './typeorm-logger.js';

/** Connection settings shared by the server, the command-line tools and the tests. */
export function dataSourceOptions(databaseUrl: string, logger: Logger): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'warn', 'migration'],
    logger: new TypeOrmPinoLogger(logger.child({ component: 'database' })),
    maxQueryExecutionTime: SLOW_QUERY_MS,
    extra: { max: 10, application_name: 'sim-se' },
  };
}
