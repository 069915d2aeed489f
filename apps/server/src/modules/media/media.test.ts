import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .png()
    .toBuffer();
}

function mediaRoot(app: TestApp): string {
  return path.join(app.server.app.get<AppConfig>(APP_CONFIG).dataDir, 'media');
}

function mediaFolders(app: TestApp): string[] {
  return fs.existsSync(mediaRoot(app)) ? fs.readdirSync(mediaRoot(app)) : [];
}

interface ErrorBody {
  error: { code: string; reason: string; message: string };
}

describe('media', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ UPLOAD_MAX_BYTES: '20000' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('stores an uploaded PNG and serves it as WebP at the asked width, never wider', async () => {
    const { client, id: ownerId } = await app.personWithRoles(['MEMBER']);
    const response = await client.upload('sablon.png', await png(1000, 600), 'image/png');
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; url: string };
    expect(body.url).toBe(`/media/${body.id}`);

    const [row] = await app.query(
      `SELECT owner_id, content_type, width, height FROM media WHERE id = $1`,
      [body.id],
    );
    expect(row).toEqual({ owner_id: ownerId, content_type: 'image/png', width: 1000, height: 600 });
    expect(fs.readdirSync(path.join(mediaRoot(app), body.id)).sort()).toEqual([
      '1600.webp',
      '320.webp',
      '800.webp',
    ]);

    const small = await fetch(`${app.url}${body.url}?w=320`);
    expect(small.status).toBe(200);
    expect(small.headers.get('content-type')).toBe('image/webp');
    expect(small.headers.get('cache-control')).toContain('max-age=31536000');
    const smallMeta = await sharp(Buffer.from(await small.arrayBuffer())).metadata();
    expect(smallMeta.format).toBe('webp');
    expect(smallMeta.width).toBeLessThanOrEqual(320);

    const large = await fetch(`${app.url}${body.url}?w=1600`);
    const largeMeta = await sharp(Buffer.from(await large.arrayBuffer())).metadata();
    expect(largeMeta.width).toBe(1000);
  });

  it('does not upscale a small image', async () => {
    const { client } = await app.personWithRoles(['MEMBER']);
    const response = await client.upload('ikon.png', await png(120, 90), 'image/png');
    const { id } = (await response.json()) as { id: string };
    expect(fs.readdirSync(path.join(mediaRoot(app), id))).toEqual(['320.webp']);
    const served = await fetch(`${app.url}/media/${id}?w=800`);
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(120);
  });

  it('turns a sideways camera photo upright and drops its EXIF data', async () => {
    const { client } = await app.personWithRoles(['MEMBER']);
    const photo = await sharp({
      create: { width: 400, height: 200, channels: 3, background: 'green' },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Copyright: 'Kamera Warga', Software: 'Ponsel' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const { id } = (await (await client.upload('kopdar.jpg', photo, 'image/jpeg')).json()) as {
      id: string;
    };
    const served = await sharp(
      Buffer.from(await (await fetch(`${app.url}/media/${id}?w=800`)).arrayBuffer()),
    ).metadata();
    expect({ width: served.width, height: served.height, exif: served.exif }).toEqual({
      width: 200,
      height: 400,
      exif: undefined,
    });
  });

  it('refuses a text file named like a photo, in Indonesian, leaving no row and no file', async () => {
    const { client, id: ownerId } = await app.personWithRoles(['MEMBER']);
    const before = mediaFolders(app).length;
    const response = await client.upload(
      'photo.jpg',
      Buffer.from('bukan gambar, hanya teks'),
      'image/jpeg',
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_AN_IMAGE',
      message: 'Berkas bukan gambar (JPEG, PNG, WebP, atau GIF).',
    });
    expect(await app.query(`SELECT 1 FROM media WHERE owner_id = $1`, [ownerId])).toHaveLength(0);
    expect(mediaFolders(app)).toHaveLength(before);
  });

  it('refuses an image format other than JPEG, PNG, WebP or GIF', async () => {
    const { client } = await app.personWithRoles(['MEMBER']);
    const tiff = await sharp({ create: { width: 20, height: 20, channels: 3, background: 'blue' } })
      .tiff()
      .toBuffer();
    const response = await client.upload('scan.png', tiff, 'image/png');
    expect(((await response.json()) as ErrorBody).error.reason).toBe('NOT_AN_IMAGE');
  });

  it('refuses an image of too many pixels, saying so, even when the file is small', async () => {
    const { client, id: ownerId } = await app.personWithRoles(['MEMBER']);
    // 48 megapixels of one colour compress to a few kilobytes.
    const vast = await sharp({
      create: { width: 8000, height: 6000, channels: 3, background: 'white' },
    })
      .png({ palette: true, colours: 2, compressionLevel: 9 })
      .toBuffer();
    const response = await client.upload('spanduk.png', vast, 'image/png');
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.reason).toBe('IMAGE_TOO_LARGE');
    expect(body.error.message).toContain('maksimal 40 megapiksel');
    expect(await app.query(`SELECT 1 FROM media WHERE owner_id = $1`, [ownerId])).toHaveLength(0);
  });

  it('refuses an upload over the size limit with 413, leaving nothing behind', async () => {
    const { client, id: ownerId } = await app.personWithRoles(['MEMBER']);
    const before = mediaFolders(app).length;
    // Random pixels do not compress, so this PNG is far over the 20 000-byte limit.
    const noisy = await sharp(randomBytes(300 * 300 * 3), {
      raw: { width: 300, height: 300, channels: 3 },
    })
      .png()
      .toBuffer();
    expect(noisy.length).toBeGreaterThan(20_000);
    const response = await client.upload('besar.png', noisy, 'image/png');
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).error).toMatchObject({
      reason: 'UPLOAD_TOO_LARGE',
      message: 'Berkas terlalu besar.',
    });
    expect(await app.query(`SELECT 1 FROM media WHERE owner_id = $1`, [ownerId])).toHaveLength(0);
    expect(mediaFolders(app)).toHaveLength(before);
  });

  it('refuses an upload a browser sent from another site, and accepts one from our own', async () => {
    const person = await app.personWithRoles(['MEMBER']);
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: 'blue' } })
      .png()
      .toBuffer();
    const host = new URL(app.url).host;

    const foreign = person.client.withHeaders({ origin: 'https://situs-lain.example' });
    const refused = await foreign.upload('foto.png', png, 'image/png');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorBody).error.reason).toBe('CROSS_SITE_REQUEST');

    const own = person.client.withHeaders({ origin: `http://${host}` });
    expect((await own.upload('foto.png', png, 'image/png')).status).toBe(201);
  });

  it('lets only KIM members upload, and only at a human pace', async () => {
    const resident = await app.resident();
    const refused = await resident.client.upload('foto.png', await png(30, 30), 'image/png');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorBody).error.reason).toBe('MISSING_ROLE');

    const member = await app.personWithRoles(['MEMBER']);
    await app.query(
      `INSERT INTO media (owner_id, content_type, width, height, bytes)
       SELECT $1, 'image/png', 30, 30, 100 FROM generate_series(1, 30)`,
      [member.id],
    );
    const tooMany = await member.client.upload('foto.png', await png(30, 30), 'image/png');
    expect(tooMany.status).toBe(429);
    expect(((await tooMany.json()) as ErrorBody).error).toMatchObject({
      reason: 'RATE_LIMITED',
      message: 'Terlalu sering. Coba lagi sebentar lagi.',
    });
  });

  it('asks a visitor to sign in before uploading (401), in English when asked', async () => {
    const response = await app.client('en').upload('foto.png', await png(50, 50), 'image/png');
    expect(response.status).toBe(401);
    expect(((await response.json()) as ErrorBody).error).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'NOT_LOGGED_IN',
      message: 'Please log in first.',
    });
  });

  it('answers 404 for an unknown image', async () => {
    const unknown = await fetch(`${app.url}/media/00000000-0000-4000-8000-000000000000?w=320`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error.reason).toBe('NOT_FOUND');
    expect((await fetch(`${app.url}/media/bukan-id`)).status).toBe(404);
  });
});
