import type { Language } from '@sim-se/shared';

export interface UploadedMedia {
  id: string;
  url: string;
}

function messageFromBody(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.message === 'string') return record.message;
  if (typeof record.error === 'object' && record.error !== null) {
    const nested = record.error as Record<string, unknown>;
    if (typeof nested.message === 'string') return nested.message;
  }
  return undefined;
}

/** Uploads one image to `POST /media` (multipart field `file`); throws with the server's words. */
export async function uploadMedia(file: File, language: Language): Promise<UploadedMedia> {
  const form = new FormData();
  form.append('file', file);

  const response = await fetch('/media', {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'Accept-Language': language },
  });
  const body: unknown = await response.json().catch(() => undefined);

  if (!response.ok) throw new Error(messageFromBody(body) ?? response.statusText);
  const record = (body ?? {}) as Record<string, unknown>;
  if (typeof record.id !== 'string' || typeof record.url !== 'string') {
    throw new Error(response.statusText || 'upload');
  }
  return { id: record.id, url: record.url };
}

/** The upload behind a served photo address (`/media/<id>`), so a form can keep that photo. */
export function mediaFromUrl(url: string | null | undefined): UploadedMedia | null {
  const id = url ? /^\/media\/([^/?#]+)$/.exec(url)?.[1] : undefined;
  return url && id ? { id, url } : null;
}
