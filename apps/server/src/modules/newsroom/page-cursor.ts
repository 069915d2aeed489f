import { ErrorReason } from '@sim-se/shared';
import { AppError } from '../../common/errors/app-error.js';

/** Pages hold at most this many items, whatever a client asks for. */
export const MAX_PAGE_SIZE = 50;

/** A position in a list ordered by a time and then by id. */
export interface PageCursor {
  at: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString('base64url');
}

/** Reads a cursor a client sent back; anything not made by encodeCursor is bad input. */
export function decodeCursor(value: string | null | undefined): PageCursor | null {
  if (!value) return null;
  const [time, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const at = new Date(time ?? '');
  if (Number.isNaN(at.getTime()) || !UUID.test(id ?? '')) {
    throw new AppError(ErrorReason.InvalidInput);
  }
  return { at, id };
}

export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1) throw new AppError(ErrorReason.InvalidInput);
  return Math.min(first, MAX_PAGE_SIZE);
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
