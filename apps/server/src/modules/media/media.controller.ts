import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import path from 'node:path';
import type { Request, Response } from 'express';
import { ErrorReason } from '@sim-se/shared';
import { requireViewer } from '../../common/auth/require.js';
import { AppError } from '../../common/errors/app-error.js';
import { HttpErrorFilter } from '../../common/errors/http-error.filter.js';
import { DEFAULT_MEDIA_WIDTH, mediaUrl, MediaService } from './media.service.js';
import { UploadGuard } from './upload.guard.js';
import { SameOriginGuard } from '../../common/auth/same-origin.guard.js';

/** A stored size never changes under its id, so browsers may keep it for a year. */
const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

@Controller('media')
@UseFilters(HttpErrorFilter)
export class MediaController {
  constructor(@Inject(MediaService) private readonly media: MediaService) {}

  @Post()
  @HttpCode(201)
  @UseGuards(SameOriginGuard, UploadGuard)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @Req() req: Request,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<{ id: string; url: string }> {
    const viewer = requireViewer(req.viewer ?? null);
    if (!file) throw new AppError(ErrorReason.InvalidInput);
    const stored = await this.media.upload(file.buffer, viewer.id);
    return { id: stored.id, url: mediaUrl(stored.id) };
  }

  @Get(':id')
  async serve(
    @Param('id') id: string,
    @Query('w') w: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const requested = Number.parseInt(w ?? '', 10);
    const file = await this.media.fileFor(
      id,
      Number.isFinite(requested) && requested > 0 ? requested : DEFAULT_MEDIA_WIDTH,
    );
    if (!file) throw new AppError(ErrorReason.NotFound);

    res.type('image/webp');
    // Relative to its own folder: `send` refuses any path with a dot-folder such as `.data`.
    const options = { root: path.dirname(file), maxAge: ONE_YEAR_MS, immutable: true };
    await new Promise<void>((resolve, reject) =>
      res.sendFile(path.basename(file), options, (error) => (error ? reject(error) : resolve())),
    );
  }
}
