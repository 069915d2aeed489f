import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Inject,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import {
  DEFAULT_LANGUAGE,
  ERROR_MESSAGES,
  ErrorClass,
  ErrorReason,
  REASON_CLASS,
} from '@sim-se/shared';
import { LOGGER } from '../logging/logger.js';
import { AppError } from './app-error.js';

const CLASS_STATUS: Record<ErrorClass, number> = {
  [ErrorClass.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorClass.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorClass.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorClass.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorClass.Conflict]: HttpStatus.CONFLICT,
  [ErrorClass.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** Reasons HTTP has a more precise status for than their GraphQL class. */
const REASON_STATUS: Partial<Record<ErrorReason, number>> = {
  [ErrorReason.UploadTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorReason.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
};

/** What a failure means to the person asking: ours directly, the framework's by status. */
function reasonFor(exception: unknown): ErrorReason | null {
  if (exception instanceof AppError) return exception.reason;
  if (!(exception instanceof HttpException)) return null;
  const status: number = exception.getStatus();
  if (status === 413) return ErrorReason.UploadTooLarge;
  if (status === 404) return ErrorReason.NotFound;
  if (status >= 400 && status < 500) return ErrorReason.InvalidInput;
  return null;
}

/**
 * Plain HTTP endpoints (uploads, media) answer failures in the same terms as GraphQL
 * errors, as JSON `{ error: { code, reason, message } }` in the user's language.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const reason = reasonFor(exception);
    const log = req.log ?? this.logger;
    if (reason === null) log.error({ err: exception }, 'request failed');
    else log.debug({ reason }, 'request refused');

    const known = reason ?? ErrorReason.Internal;
    const status = REASON_STATUS[known] ?? CLASS_STATUS[REASON_CLASS[known]];
    if (res.headersSent) return;
    res.status(status).json({
      error: {
        code: REASON_CLASS[known],
        reason: known,
        message: ERROR_MESSAGES[req.language ?? DEFAULT_LANGUAGE][known],
      },
    });
  }
}
