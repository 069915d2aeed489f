import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ErrorReason } from '@sim-se/shared';
import { AppError } from '../errors/app-error.js';

/**
 * Refuses a write that a browser sent on behalf of another site. SameSite cookies already
 * stop that in current browsers; this also covers older ones, for endpoints outside GraphQL
 * (whose own CSRF check needs a JSON body or a preflighted header).
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const origin = req.header('origin');
    if (origin === undefined) return true;

    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== req.header('host')) throw new AppError(ErrorReason.CrossSiteRequest);
    return true;
  }
}
