import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { markdownToText } from '../../common/markdown/render-markdown.js';
import { SearchService } from '../search/search.service.js';
import { excerpt, type SearchDocument, SearchKind } from '../search/search.types.js';
import { threadUrl } from './forum-mapper.js';

/** How much of a thread's text goes into the index, so long threads stay cheap to store. */
export const INDEXED_TEXT_LENGTH = 4_000;
/** Posts read per thread when indexing; the text limit is reached well before this. */
const INDEXED_POSTS = 40;

/** Makes threads findable: the title and the plain text of the posts, oldest first. */
@Injectable()
export class ForumSearchSource implements OnModuleInit {
  constructor(@Inject(SearchService) private readonly searchService: SearchService) {}

  onModuleInit(): void {
    this.searchService.register({
      kind: SearchKind.THREAD,
      load: (manager, ids) => this.load(manager, ids),
      listIds: (manager, after, limit) => this.listIds(manager, after, limit),
    });
  }

  private async load(manager: EntityManager, ids: string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const threads: Array<{ id: string; title: string; created_at: Date }> = await manager.query(
      `SELECT id, title, created_at FROM forum_threads WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const posts: Array<{ thread_id: string; body: string }> = await manager.query(
      `SELECT thread_id, body FROM (
         SELECT thread_id, body, created_at, id,
                row_number() OVER (PARTITION BY thread_id ORDER BY created_at, id) AS position
           FROM forum_posts WHERE thread_id = ANY($1::uuid[])
       ) ranked
       WHERE position <= $2 ORDER BY thread_id, position`,
      [ids, INDEXED_POSTS],
    );

    return threads.map((thread) => {
      const text = posts
        .filter((post) => post.thread_id === thread.id)
        .map((post) => markdownToText(post.body))
        .join('\n');
      return {
        kind: SearchKind.THREAD,
        id: thread.id,
        title: thread.title,
        body: excerpt(text, INDEXED_TEXT_LENGTH),
        url: threadUrl(thread.id),
        publishedAt: thread.created_at,
      };
    });
  }

  private async listIds(
    manager: EntityManager,
    after: string | null,
    limit: number,
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM forum_threads WHERE $1::uuid IS NULL OR id > $1::uuid ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((row) => row.id);
  }
}
