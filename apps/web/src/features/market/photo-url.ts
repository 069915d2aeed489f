/** Media photos come in fixed web widths; ask for the one that fits where it is shown. */
export type PhotoWidth = 320 | 800 | 1600;

export function sizedPhotoUrl(url: string, width: PhotoWidth): string {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}w=${width}`;
}
