import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { pickLanguage } from '@sim-se/shared';
import { requestScope } from './request-context.js';

const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id (the caller's, when it sends a sane one), echoes it in the
 * response header, and writes one line when the response is done.
 */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.header(REQUEST_ID_HEADER);
    const requestId = incoming && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const started = process.hrtime.bigint();
    req.requestId = requestId;
    req.log = logger.child({ requestId });
    req.language = pickLanguage(req.header('accept-language'));
    res.setHeader(REQUEST_ID_HEADER, requestId);

    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const line = { method: req.method, url: req.originalUrl, status: res.statusCode, durationMs };
      const quiet = req.path === '/health' || req.path.startsWith('/assets/');
      if (res.statusCode >= 500) req.log.error(line, 'request failed');
      else if (quiet) req.log.debug(line, 'request');
      else req.log.info(line, 'request');
    });
    requestScope.run({ requestId, language: req.language, log: req.log }, next);
  };
}
