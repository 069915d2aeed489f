import { describe, expect, it } from 'vitest';
import {
  decodePostCursor,
  decodeThreadCursor,
  encodePostCursor,
  encodeThreadCursor,
  pageSize,
} from './forum-cursor.js';

const ID = '3f2b8c1e-9d4a-4b6e-8a1f-2c3d4e5f6a7b';

describe('forum cursors', () => {
  it('give back exactly the position they were made from, to the microsecond', () => {
    const thread = { pinned: true, activityKey: '2025-06-01T10:00:00.123456Z', id: ID };
    expect(decodeThreadCursor(encodeThreadCursor(thread))).toEqual(thread);
    const post = { createdKey: '2025-06-01T10:00:00.000001Z', id: ID };
    expect(decodePostCursor(encodePostCursor(post))).toEqual(post);
  });

  it('refuse a tampered or foreign cursor as bad input', () => {
    const sqlInId = Buffer.from(
      JSON.stringify([false, '2025-06-01T10:00:00.123456Z', "x' OR 1=1"]),
    ).toString('base64url');
    for (const cursor of [
      'bukan-kursor',
      sqlInId,
      encodePostCursor({ createdKey: '2025-06-01T10:00:00.123456Z', id: ID }),
    ]) {
      expect(() => decodeThreadCursor(cursor)).toThrow(
        expect.objectContaining({ reason: 'INVALID_INPUT' }),
      );
    }
  });

  it('keep page sizes between 1 and 50', () => {
    expect([pageSize(0), pageSize(20), pageSize(500)]).toEqual([1, 20, 50]);
  });
});
