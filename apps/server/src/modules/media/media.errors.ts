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
import { AppError } from '../../common/errors/app-error.js';
import { LOGGER } from '../../common/logging/logger.js';

const CLASS_STATUS: Record<ErrorClass, number> = {
  [ErrorClass.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorClass.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorClass.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorClass.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorClass.Conflict]: HttpStatus.CONFLICT,
  [ErrorClass.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** What a failure of the upload parser means to the person uploading. */
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
 * The media endpoints answer in the same terms as GraphQL errors, as JSON:
 * `{ error: { code, reason, message } }`, with the message in the user's language.
 */
@Catch()
export class MediaErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const reason = reasonFor(exception);
    const log = req.log ?? this.logger;
    if (reason === null) log.error({ err: exception }, 'media request failed');
    else log.debug({ reason }, 'media request refused');

    const known = reason ?? ErrorReason.Internal;
    const status =
      known === ErrorReason.UploadTooLarge
        ? HttpStatus.PAYLOAD_TOO_LARGE
        : CLASS_STATUS[REASON_CLASS[known]];
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
