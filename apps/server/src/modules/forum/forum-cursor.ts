import { ErrorReason } from '@sim-se/shared';
import { AppError } from '../../common/errors/app-error.js';

/** Largest page any forum listing serves. */
export const MAX_PAGE_SIZE = 50;

/**
 * Timestamps travel in cursors as PostgreSQL wrote them, to the microsecond, because a
 * JavaScript Date keeps only milliseconds and a rounded key would skip or repeat rows.
 */
export const SQL_TIMESTAMP_KEY = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ThreadCursor {
  pinned: boolean;
  activityKey: string;
  id: string;
}

export interface PostCursor {
  createdKey: string;
  id: string;
}

export function pageSize(first: number): number {
  return Math.min(Math.max(Math.trunc(first), 1), MAX_PAGE_SIZE);
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function encodeThreadCursor(cursor: ThreadCursor): string {
  return encode([cursor.pinned, cursor.activityKey, cursor.id]);
}

export function decodeThreadCursor(cursor: string): ThreadCursor {
  const parts = decode(cursor);
  const [pinned, activityKey, id] = parts;
  if (
    parts.length !== 3 ||
    typeof pinned !== 'boolean' ||
    !isTimestampKey(activityKey) ||
    !isId(id)
  ) {
    throw new AppError(ErrorReason.InvalidInput, [], 'malformed thread cursor');
  }
  return { pinned, activityKey, id };
}

export function encodePostCursor(cursor: PostCursor): string {
  return encode([cursor.createdKey, cursor.id]);
}

export function decodePostCursor(cursor: string): PostCursor {
  const parts = decode(cursor);
  const [createdKey, id] = parts;
  if (parts.length !== 2 || !isTimestampKey(createdKey) || !isId(id)) {
    throw new AppError(ErrorReason.InvalidInput, [], 'malformed post cursor');
  }
  return { createdKey, id };
}

function encode(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function decode(cursor: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // Falls through to the same refusal as a cursor of the wrong shape.
  }
  throw new AppError(ErrorReason.InvalidInput, [], 'malformed cursor');
}

function isTimestampKey(value: unknown): value is string {
  return typeof value === 'string' && TIMESTAMP_KEY.test(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && isUuid(value);
}
