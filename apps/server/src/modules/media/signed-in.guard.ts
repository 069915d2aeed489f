import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { requireViewer } from '../../common/auth/require.js';

/** Refuses visitors before a byte of their upload is read. */
@Injectable()
export class SignedInGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    requireViewer(context.switchToHttp().getRequest<Request>().viewer ?? null);
    return true;
  }
}
