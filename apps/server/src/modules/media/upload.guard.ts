import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ErrorReason, Role } from '@sim-se/shared';
import { requireRole } from '../../common/auth/require.js';
import { AppError } from '../../common/errors/app-error.js';
import { MediaService, UPLOADS_PER_HOUR } from './media.service.js';

/**
 * Decides before a byte of the upload is read. Photos illustrate reports and listings, so
 * only KIM members upload them, and at a human pace: the site is no free image host.
 */
@Injectable()
export class UploadGuard implements CanActivate {
  constructor(@Inject(MediaService) private readonly media: MediaService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const viewer = requireRole(
      context.switchToHttp().getRequest<Request>().viewer ?? null,
      Role.MEMBER,
    );
    if ((await this.media.uploadsInLastHour(viewer.id)) >= UPLOADS_PER_HOUR) {
      throw new AppError(ErrorReason.RateLimited);
    }
    return true;
  }
}
