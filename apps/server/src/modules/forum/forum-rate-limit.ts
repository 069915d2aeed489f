import { ErrorReason } from '@sim-se/shared';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';

/** An account younger than this is new, and posts under the tighter limits. */
export const NEW_ACCOUNT_HOURS = 24;

/** Threads and replies one person may write in any rolling hour. */
export const HOURLY_LIMITS = {
  newAccount: { threads: 5, replies: 20 },
  everyone: { threads: 20, replies: 120 },
} as const;

export type ForumWrite = 'thread' | 'reply';

/**
 * Refuses a write that would take the author over their hourly limit. Call it inside the
 * write's transaction: the per-author lock keeps two parallel requests from both passing.
 */
export async function refuseWhenPostingTooOften(
  manager: EntityManager,
  authorId: string,
  write: ForumWrite,
): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`forum-write:${authorId}`]);

  // Every thread also wrote its opening post at the same moment, so replies are the rest.
  const [row]: Array<{ is_new: boolean; threads: number; posts: number }> = await manager.query(
    `SELECT u.created_at > now() - make_interval(hours => $2) AS is_new,
            (SELECT count(*)::int FROM forum_threads
              WHERE author_id = u.id AND created_at > now() - interval '1 hour') AS threads,
            (SELECT count(*)::int FROM forum_posts
              WHERE author_id = u.id AND created_at > now() - interval '1 hour') AS posts
       FROM users u WHERE u.id = $1`,
    [authorId, NEW_ACCOUNT_HOURS],
  );
  if (!row) throw new AppError(ErrorReason.NotLoggedIn);

  const limits = row.is_new ? HOURLY_LIMITS.newAccount : HOURLY_LIMITS.everyone;
  const used = write === 'thread' ? row.threads : row.posts - row.threads;
  const allowed = write === 'thread' ? limits.threads : limits.replies;
  if (used >= allowed) throw new AppError(ErrorReason.RateLimited);
}
