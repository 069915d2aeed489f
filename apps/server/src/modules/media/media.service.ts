import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import sharp from 'sharp';
import { DataSource, type Repository } from 'typeorm';
import { ErrorReason } from '@sim-se/shared';
import { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MediaEntity } from './entities/media.entity.js';
import { isUuid } from '../../common/graphql/keyset-cursor.js';

/** The web sizes every image is stored at, narrowest first. */
export const MEDIA_WIDTHS = [320, 800, 1600] as const;
export const DEFAULT_MEDIA_WIDTH = 800;

const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif']);
/** Refuses decompression bombs: a small file that would decode to a huge bitmap. */
const MAX_INPUT_PIXELS = 40_000_000;
/** Photos one person may upload in an hour; a report or a listing needs one each. */
export const UPLOADS_PER_HOUR = 30;
const WEBP_QUALITY = 80;

interface EncodedSize {
  width: number;
  data: Buffer;
}

export function mediaUrl(id: string): string {
  return `/media/${id}`;
}

/**
 * The sizes that exist for an image of this width: the narrowest always, and each wider
 * one only while the image is wider than the size below it, so nothing is upscaled.
 */
export function storedWidths(originalWidth: number): number[] {
  return MEDIA_WIDTHS.filter(
    (width, index) => index === 0 || originalWidth > MEDIA_WIDTHS[index - 1],
  );
}

/** The stored size nearest a requested width: the narrowest at least as wide, else the widest. */
export function pickWidth(available: number[], requested: number): number {
  return available.find((width) => width >= requested) ?? available[available.length - 1];
}

/** Uploaded images: checked by decoding them, re-encoded as WebP at web sizes. */
@Injectable()
export class MediaService {
  constructor(
    @InjectRepository(MediaEntity) private readonly media: Repository<MediaEntity>,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get root(): string {
    return path.join(this.config.dataDir, 'media');
  }

  /**
   * Stores an upload when it decodes as JPEG, PNG, WebP or GIF. Files are written to a
   * scratch folder first and moved into place inside the row's transaction, so a failure
   * leaves neither a row nor files behind.
   */
  async uploadsInLastHour(ownerId: string): Promise<number> {
    const [row]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM media
        WHERE owner_id = $1 AND created_at > now() - interval '1 hour'`,
      [ownerId],
    );
    return row.count;
  }

  async upload(content: Buffer, ownerId: string): Promise<MediaEntity> {
    const { format, width, height, sizes } = await encode(content);

    const id = randomUUID();
    const finalDir = path.join(this.root, id);
    const scratchDir = path.join(this.root, `.incoming-${id}`);
    try {
      await fs.mkdir(scratchDir, { recursive: true });
      for (const size of sizes)
        await fs.writeFile(path.join(scratchDir, `${size.width}.webp`), size.data);
      return await this.dataSource.transaction(async (manager) => {
        const row = manager.create(MediaEntity, {
          id,
          ownerId,
          contentType: `image/${format}`,
          width,
          height,
          bytes: content.length,
        });
        await manager.insert(MediaEntity, row);
        await fs.rename(scratchDir, finalDir);
        return row;
      });
    } catch (error) {
      await fs.rm(scratchDir, { recursive: true, force: true });
      await fs.rm(finalDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** The file to serve for an image at about the requested width, or null when unknown. */
  async fileFor(id: string, requestedWidth: number): Promise<string | null> {
    if (!isUuid(id)) return null;
    const row = await this.media.findOne({ where: { id } });
    if (!row) return null;
    const width = pickWidth(storedWidths(row.width), requestedWidth);
    return path.join(this.root, row.id, `${width}.webp`);
  }

  /** Whether the image exists and belongs to this person. */
  async isOwnedBy(id: string, ownerId: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    return this.media.exists({ where: { id, ownerId } });
  }
}

/** Decodes, turns upright and re-encodes; anything sharp cannot read is not an image. */
async function encode(
  content: Buffer,
): Promise<{ format: string; width: number; height: number; sizes: EncodedSize[] }> {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  try {
    // Headers only, so the pixel count can be checked (and named) before any decoding.
    const metadata = await sharp(content, { failOn: 'error', limitInputPixels: false }).metadata();
    if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format))
      throw new AppError(ErrorReason.NotAnImage);
    const { width, height } = metadata.autoOrient;
    if (width * height > MAX_INPUT_PIXELS) throw new AppError(ErrorReason.ImageTooLarge);

    const sizes: EncodedSize[] = [];
    for (const target of storedWidths(width)) {
      // Output carries no metadata, so EXIF and GPS from the camera are dropped.
      const data = await sharp(content, options)
        .rotate()
        .resize({ width: target, withoutEnlargement: true })
        .webp({ quality: WEBP_QUALITY })
        .toBuffer();
      sizes.push({ width: target, data });
    }
    return { format: metadata.format, width, height, sizes };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(ErrorReason.NotAnImage);
  }
}
