import { describe, expect, it } from 'vitest';
import { isUuid, keysetCursor, MAX_PAGE_SIZE, pageSize, takePage } from './keyset-cursor.js';

const ID = '3f2b8c1e-9d4a-4b6e-8a1f-2c3d4e5f6a7b';
const threadCursor = keysetCursor('boolean', 'timestamp', 'uuid');
const timeCursor = keysetCursor('timestamp', 'uuid');
const badInput = expect.objectContaining({ reason: 'INVALID_INPUT' });

function forged(parts: unknown): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

describe('keyset cursors', () => {
  it('give back exactly the position they were made from, to the microsecond', () => {
    const thread: [boolean, string, string] = [true, '2025-06-01T10:00:00.123456Z', ID];
    expect(threadCursor.decode(threadCursor.encode(thread))).toEqual(thread);
    const post: [string, string] = ['2025-06-01T10:00:00.000001Z', ID];
    expect(timeCursor.decode(timeCursor.encode(post))).toEqual(post);
  });

  it('tell apart two rows written in the same millisecond', () => {
    const earlier = timeCursor.encode(['2025-06-01T10:00:00.123456Z', ID]);
    const later = timeCursor.encode(['2025-06-01T10:00:00.123457Z', ID]);
    expect(earlier).not.toBe(later);
    expect(timeCursor.decode(later)[0]).toBe('2025-06-01T10:00:00.123457Z');
  });

  it('are opaque text safe to put in an address', () => {
    expect(threadCursor.encode([false, '2025-06-01T10:00:00.123456Z', ID])).toMatch(
      /^[A-Za-z0-9_-]+$/,
    );
  });

  it('refuse a tampered or foreign cursor as bad input', () => {
    for (const cursor of [
      '',
      'bukan-kursor',
      forged({ pinned: false }),
      forged([false, '2025-06-01T10:00:00.123456Z', "x' OR 1=1"]),
      forged(['false', '2025-06-01T10:00:00.123456Z', ID]),
      forged([false, '2025-06-01T10:00:00.123Z', ID]),
      forged([false, '2025-06-01 10:00:00', ID]),
      timeCursor.encode(['2025-06-01T10:00:00.123456Z', ID]),
    ]) {
      expect(() => threadCursor.decode(cursor)).toThrow(badInput);
    }
  });

  it('refuse dates that do not exist, before the database sees them', () => {
    for (const key of [
      '2025-02-30T10:00:00.000000Z',
      '2025-13-01T10:00:00.000000Z',
      '2025-06-01T24:00:00.000000Z',
      '0000-01-01T00:00:00.000000Z',
    ]) {
      expect(() => timeCursor.decode(forged([key, ID]))).toThrow(badInput);
    }
  });
});

describe('page sizes', () => {
  it('serve what was asked for, up to 50', () => {
    expect([pageSize(1), pageSize(20), pageSize(50), pageSize(500)]).toEqual([1, 20, 50, 50]);
    expect(MAX_PAGE_SIZE).toBe(50);
  });

  it('refuse fewer than one item or a fraction as bad input', () => {
    for (const first of [0, -5, 2.5, Number.NaN]) {
      expect(() => pageSize(first)).toThrow(badInput);
    }
  });

  it('say another page follows only when the extra row came back', () => {
    const more = takePage(['a', 'b', 'c'], 2, (last) => `after-${last}`);
    expect(more).toEqual({
      items: ['a', 'b'],
      pageInfo: { endCursor: 'after-b', hasNextPage: true },
    });

    const lastPage = takePage(['a'], 2, (last) => `after-${last}`);
    expect(lastPage.pageInfo).toEqual({ endCursor: 'after-a', hasNextPage: false });

    expect(takePage([], 2, String).pageInfo).toEqual({ endCursor: null, hasNextPage: false });
  });
});

describe('isUuid', () => {
  it('accepts ids in either case and nothing else', () => {
    expect(isUuid(ID)).toBe(true);
    expect(isUuid(ID.toUpperCase())).toBe(true);
    expect(isUuid('bukan-id')).toBe(false);
    expect(isUuid(`${ID} `)).toBe(false);
  });
});
