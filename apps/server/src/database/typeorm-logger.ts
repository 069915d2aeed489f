import type { Logger as PinoLogger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';

export const SLOW_QUERY_MS = 500;

/** Sends what an operator needs from TypeORM (migrations, slow queries, schema notes) to pino. */
export class TypeOrmPinoLogger implements TypeOrmLogger {
  constructor(private readonly logger: PinoLogger) {}

  logQuery(): void {
    // Every query would drown the log; slow ones are reported by logQuerySlow.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ err: error, query: query.slice(0, 500) }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ durationMs: time, query: query.slice(0, 500) }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug({ message }, 'schema');
  }

  logMigration(message: string): void {
    this.logger.info({ message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    // Ctrl-C reaches the embedded PostgreSQL too, which then closes our idle connections.
    if (String(message).includes('terminating connection due to administrator command')) {
      this.logger.info('database connections closed by PostgreSQL shutting down');
    } else if (level === 'warn') this.logger.warn({ message }, 'typeorm');
    else this.logger.debug({ message }, 'typeorm');
  }
}
