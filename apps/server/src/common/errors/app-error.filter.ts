import { type ArgumentsHost, Catch, type ExceptionFilter, Inject } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logger.js';
import { requestScope } from '../logging/request-context.js';
import { AppError } from './app-error.js';
import { HttpErrorFilter } from './http-error.filter.js';

/**
 * Expected failures are the user's to fix, not the operator's: they are logged at debug
 * level and handed on as they are (to the GraphQL error formatter, or as a JSON answer),
 * instead of being logged by the framework as crashes.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter {
  private readonly http: HttpErrorFilter;

  constructor(@Inject(LOGGER) private readonly logger: Logger) {
    this.http = new HttpErrorFilter(logger);
  }

  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType<GqlContextType>() !== 'graphql') return this.http.catch(error, host);
    (requestScope.getStore()?.log ?? this.logger).debug(
      { reason: error.reason },
      'request refused',
    );
    return error;
  }
}
