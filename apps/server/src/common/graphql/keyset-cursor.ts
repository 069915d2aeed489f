import { ErrorReason } from '@sim-se/shared';
import { AppError } from '../errors/app-error.js';
import type { PageInfoModel } from './page-info.model.js';

/** Largest page any list serves, whatever a client asks for. */
export const MAX_PAGE_SIZE = 50;

/**
 * Timestamps travel in cursors as PostgreSQL wrote them, to the microsecond, because a
 * JavaScript Date keeps only milliseconds and a rounded key would skip or repeat rows.
 */
export const SQL_TIMESTAMP_KEY = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

const TIMESTAMP_KEY = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The kinds of value a cursor may hold; timestamps are keys made by `timestampKey`. */
export type CursorPart = 'boolean' | 'timestamp' | 'uuid';

type PartValue<P> = P extends 'boolean' ? boolean : string;

/** The values of a cursor, one per part, in the order the list is sorted by. */
export type CursorValues<S extends readonly CursorPart[]> = {
  -readonly [K in keyof S]: PartValue<S[K]>;
};

export interface KeysetCursor<S extends readonly CursorPart[]> {
  encode(values: CursorValues<S>): string;
  /** Reads a cursor a client sent back; anything this cursor did not make is bad input. */
  decode(cursor: string): CursorValues<S>;
}

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  boolean: (value) => typeof value === 'boolean',
  timestamp: (value) => typeof value === 'string' && isTimestampKey(value),
  uuid: (value) => typeof value === 'string' && isUuid(value),
};

/** A cursor over the given sort keys, e.g. `keysetCursor('timestamp', 'uuid')`. */
export function keysetCursor<const S extends readonly CursorPart[]>(...parts: S): KeysetCursor<S> {
  return {
    encode: (values) => Buffer.from(JSON.stringify(values)).toString('base64url'),
    decode: (cursor) => {
      const values = parseParts(cursor);
      if (!matches(parts, values)) {
        throw new AppError(ErrorReason.InvalidInput, [], 'cursor of another shape');
      }
      return values;
    },
  };
}

/** The SQL that reads a timestamp column as a cursor key, in UTC to the microsecond. */
export function timestampKey(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', ${SQL_TIMESTAMP_KEY})`;
}

/** How many rows to serve: at most MAX_PAGE_SIZE; fewer than one is a mistake, not a page. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1) {
    throw new AppError(ErrorReason.InvalidInput, [], `page size ${first} is below one`);
  }
  return Math.min(first, MAX_PAGE_SIZE);
}

/**
 * Cuts rows read with `LIMIT size + 1` down to one page: the extra row only says that
 * another page follows.
 */
export function takePage<T>(
  rows: T[],
  size: number,
  cursorOf: (last: T) => string,
): { items: T[]; pageInfo: PageInfoModel } {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return {
    items,
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: last === undefined ? null : cursorOf(last),
    },
  };
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function parseParts(cursor: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // Falls through to the same refusal as a cursor of the wrong shape.
  }
  throw new AppError(ErrorReason.InvalidInput, [], 'malformed cursor');
}

function matches<S extends readonly CursorPart[]>(
  parts: S,
  values: unknown[],
): values is CursorValues<S> {
  return values.length === parts.length && parts.every((part, i) => PART_CHECKS[part](values[i]));
}

/** A well-formed key naming a real instant, so PostgreSQL never fails on a forged date. */
function isTimestampKey(value: string): boolean {
  if (!TIMESTAMP_KEY.test(value)) return false;
  const instant = new Date(`${value.slice(0, 23)}Z`);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === `${value.slice(0, 23)}Z`;
}
