import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { IdentityService } from './identity.service.js';

export const SESSION_COOKIE = 'simse_session';

/** Finds who is signed in from the session cookie, for every request. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(@Inject(IdentityService) private readonly identity: IdentityService) {}

  async use(req: Request, _res: Response, next: NextFunction): Promise<void> {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0 && token.length <= 100) {
      req.viewer = (await this.identity.viewerForToken(token)) ?? undefined;
    }
    next();
  }
}
