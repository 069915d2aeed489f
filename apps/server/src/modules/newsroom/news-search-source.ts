import { ReportStatus } from '@sim-se/shared';
import type { EntityManager } from 'typeorm';
import { markdownToText } from '../../common/markdown/render-markdown.js';
import { type SearchDocument, SearchKind, type SearchSource } from '../search/search.types.js';

/** Published reports, findable by title and the words of their body; nothing else is. */
export const newsSearchSource: SearchSource = {
  kind: SearchKind.NEWS,

  async load(manager: EntityManager, ids: string[]): Promise<SearchDocument[]> {
    const rows: Array<{
      id: string;
      title: string;
      body: string;
      slug: string;
      published_at: Date;
    }> = await manager.query(
      `SELECT id, title, body, slug, published_at FROM reports
          WHERE id = ANY($1::uuid[]) AND status = $2`,
      [ids, ReportStatus.PUBLISHED],
    );
    return rows.map((row) => ({
      kind: SearchKind.NEWS,
      id: row.id,
      title: row.title,
      body: markdownToText(row.body),
      url: `/berita/${row.slug}`,
      publishedAt: row.published_at,
    }));
  },

  async listIds(manager: EntityManager, after: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM reports
        WHERE status = $1 AND ($2::uuid IS NULL OR id > $2::uuid)
        ORDER BY id LIMIT $3`,
      [ReportStatus.PUBLISHED, after, limit],
    );
    return rows.map((row) => row.id);
  },
};
