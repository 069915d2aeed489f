import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorReason, type Language, postSchema, threadSchema } from '@sim-se/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { validate } from '../../common/errors/validate.js';
import {
  isUuid,
  keysetCursor,
  pageSize,
  takePage,
  timestampKey,
} from '../../common/graphql/keyset-cursor.js';
import { SearchService } from '../search/search.service.js';
import { SearchKind } from '../search/search.types.js';
import type {
  ForumCategoryModel,
  ForumPostConnectionModel,
  ForumPostModel,
  ForumThreadConnectionModel,
  ForumThreadModel,
} from './dto/forum.model.js';
import {
  CATEGORY_COLUMNS,
  type CategoryRow,
  type PostRow,
  type ThreadRow,
  toCategoryModel,
  toPostModel,
  toThreadModel,
} from './forum-mapper.js';
import { refuseWhenPostingTooOften } from './forum-rate-limit.js';

const THREAD_SELECT = `
  SELECT t.id, t.title, t.created_at, t.last_activity_at, t.reply_count, t.locked, t.pinned,
         ${timestampKey('t.last_activity_at')} AS activity_key,
         t.author_id, u.name AS author_name, ${CATEGORY_COLUMNS}
    FROM forum_threads t
    JOIN forum_categories c ON c.id = t.category_id
    LEFT JOIN users u ON u.id = t.author_id`;

const POST_SELECT = `
  SELECT p.id, p.thread_id, p.body, p.created_at, p.author_id, u.name AS author_name,
         ${timestampKey('p.created_at')} AS created_key
    FROM forum_posts p
    LEFT JOIN users u ON u.id = p.author_id`;

/** Threads are sorted pinned first, then by latest activity; posts by when they were written. */
const threadCursor = keysetCursor('boolean', 'timestamp', 'uuid');
const postCursor = keysetCursor('timestamp', 'uuid');

/** Categories, threads and posts: reading them in pages, and writing threads and replies. */
@Injectable()
export class ForumService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SearchService) private readonly searchService: SearchService,
  ) {}

  async categories(): Promise<ForumCategoryModel[]> {
    const rows: CategoryRow[] = await this.dataSource.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c ORDER BY c.position, c.slug`,
    );
    return rows.map(toCategoryModel);
  }

  async category(slug: string): Promise<ForumCategoryModel | null> {
    const [row]: CategoryRow[] = await this.dataSource.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c WHERE c.slug = $1`,
      [slug],
    );
    return row ? toCategoryModel(row) : null;
  }

  /** A category's threads: pinned ones first, then the most recently active. */
  async threads(
    categorySlug: string,
    first: number,
    after?: string | null,
  ): Promise<ForumThreadConnectionModel> {
    const category = await this.category(categorySlug);
    if (!category) throw notFound();
    const size = pageSize(first);
    const [pinned, activityKey, id] = after ? threadCursor.decode(after) : [null, null, null];

    const rows: ThreadRow[] = await this.dataSource.query(
      `${THREAD_SELECT}
        WHERE t.category_id = $1
          AND ($2::boolean IS NULL OR (t.pinned, t.last_activity_at, t.id) < ($2, $3::timestamptz, $4::uuid))
        ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC
        LIMIT $5`,
      [category.id, pinned, activityKey, id, size + 1],
    );
    const page = takePage(rows, size, (last) =>
      threadCursor.encode([last.pinned, last.activity_key, last.id]),
    );
    return { nodes: page.items.map(toThreadModel), pageInfo: page.pageInfo };
  }

  /** The most recently active threads across every category, for the home page. */
  async activeThreads(first: number): Promise<ForumThreadModel[]> {
    const rows: ThreadRow[] = await this.dataSource.query(
      `${THREAD_SELECT} ORDER BY t.last_activity_at DESC, t.id DESC LIMIT $1`,
      [pageSize(first)],
    );
    return rows.map(toThreadModel);
  }

  async thread(id: string): Promise<ForumThreadModel | null> {
    if (!isUuid(id)) return null;
    const row = await this.findThread(this.dataSource.manager, id);
    return row ? toThreadModel(row) : null;
  }

  /** A thread's posts, oldest first, the opening post included. */
  async posts(
    threadId: string,
    first: number,
    after?: string | null,
  ): Promise<ForumPostConnectionModel> {
    const size = pageSize(first);
    const [createdKey, id] = after ? postCursor.decode(after) : [null, null];

    const rows: PostRow[] = await this.dataSource.query(
      `${POST_SELECT}
        WHERE p.thread_id = $1
          AND ($2::timestamptz IS NULL OR (p.created_at, p.id) > ($2::timestamptz, $3::uuid))
        ORDER BY p.created_at, p.id
        LIMIT $4`,
      [threadId, createdKey, id, size + 1],
    );
    const page = takePage(rows, size, (last) => postCursor.encode([last.created_key, last.id]));
    return { nodes: page.items.map(toPostModel), pageInfo: page.pageInfo };
  }

  /** Opens a thread with its first post, and queues it for search, all or nothing. */
  async startThread(viewer: Viewer, input: unknown, language: Language): Promise<ForumThreadModel> {
    const values = validate(threadSchema, input, language);

    const threadId = await this.dataSource.transaction(async (manager) => {
      await refuseWhenPostingTooOften(manager, viewer.id, 'thread');
      const known: unknown[] = await manager.query(`SELECT 1 FROM forum_categories WHERE id = $1`, [
        values.categoryId,
      ]);
      if (known.length === 0) throw new AppError(ErrorReason.UnknownCategory);
      await manager.query(
        `UPDATE forum_categories SET thread_count = thread_count + 1 WHERE id = $1`,
        [values.categoryId],
      );

      const [thread]: Array<{ id: string }> = await manager.query(
        `INSERT INTO forum_threads (category_id, author_id, title) VALUES ($1, $2, $3) RETURNING id`,
        [values.categoryId, viewer.id, values.title],
      );
      await manager.query(
        `INSERT INTO forum_posts (thread_id, author_id, body) VALUES ($1, $2, $3)`,
        [thread.id, viewer.id, values.body],
      );
      await this.searchService.enqueue(manager, SearchKind.THREAD, thread.id);
      return thread.id;
    });

    return toThreadModel((await this.findThread(this.dataSource.manager, threadId))!);
  }

  /** Answers an open thread, moving it to the top of the activity order. */
  async reply(viewer: Viewer, input: unknown, language: Language): Promise<ForumPostModel> {
    const values = validate(postSchema, input, language);

    const postId = await this.dataSource.transaction(async (manager) => {
      await refuseWhenPostingTooOften(manager, viewer.id, 'reply');
      const [thread]: Array<{ locked: boolean }> = await manager.query(
        `SELECT locked FROM forum_threads WHERE id = $1 FOR UPDATE`,
        [values.threadId],
      );
      if (!thread) throw notFound();
      if (thread.locked) throw new AppError(ErrorReason.ThreadLocked);

      const [post]: Array<{ id: string }> = await manager.query(
        `INSERT INTO forum_posts (thread_id, author_id, body) VALUES ($1, $2, $3) RETURNING id`,
        [values.threadId, viewer.id, values.body],
      );
      await manager.query(
        `UPDATE forum_threads SET reply_count = reply_count + 1, last_activity_at = now() WHERE id = $1`,
        [values.threadId],
      );
      await this.searchService.enqueue(manager, SearchKind.THREAD, values.threadId);
      return post.id;
    });

    const [row]: PostRow[] = await this.dataSource.query(`${POST_SELECT} WHERE p.id = $1`, [
      postId,
    ]);
    return toPostModel(row);
  }

  private async findThread(manager: EntityManager, id: string): Promise<ThreadRow | undefined> {
    const [row]: ThreadRow[] = await manager.query(`${THREAD_SELECT} WHERE t.id = $1`, [id]);
    return row;
  }
}
