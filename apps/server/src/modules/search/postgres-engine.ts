import type { DataSource } from 'typeorm';
import {
  excerpt,
  type SearchDocument,
  type SearchEngine,
  type SearchHitRecord,
  type SearchKind,
} from './search.types.js';

/**
 * Search where no Meilisearch runs: PostgreSQL full text with the `indonesian` stemmer,
 * widened by trigram similarity on titles so a misspelt word still finds something.
 */
export class PostgresEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  constructor(private readonly dataSource: DataSource) {}

  async prepare(): Promise<void> {
    // The table and its indexes come with the migrations.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const document of documents) {
      await this.dataSource.query(
        `INSERT INTO search_documents (kind, entity_id, title, body, url, published_at, document)
         VALUES ($1, $2, $3, $4, $5, $6,
                 setweight(to_tsvector('indonesian', $3), 'A') || setweight(to_tsvector('indonesian', $4), 'B'))
         ON CONFLICT (kind, entity_id) DO UPDATE
           SET title = EXCLUDED.title, body = EXCLUDED.body, url = EXCLUDED.url,
               published_at = EXCLUDED.published_at, document = EXCLUDED.document`,
        [
          document.kind,
          document.id,
          document.title,
          document.body,
          document.url,
          document.publishedAt,
        ],
      );
    }
  }

  async remove(kind: SearchKind, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `DELETE FROM search_documents WHERE kind = $1 AND entity_id = ANY($2::uuid[])`,
      [kind, ids],
    );
  }

  async clear(): Promise<void> {
    await this.dataSource.query(`DELETE FROM search_documents`);
  }

  async search(
    query: string,
    kinds: SearchKind[],
    limit: number,
  ): Promise<{ hits: SearchHitRecord[]; total: number }> {
    const rows: Array<{
      kind: SearchKind;
      entity_id: string;
      title: string;
      body: string;
      url: string;
      published_at: Date;
      total: string;
    }> = await this.dataSource.query(
      `WITH q AS (SELECT websearch_to_tsquery('indonesian', $1) AS tsq)
       SELECT kind, entity_id, title, body, url, published_at, count(*) OVER () AS total
         FROM search_documents, q
        WHERE (cardinality($2::text[]) = 0 OR kind = ANY($2::text[]))
          AND (document @@ q.tsq OR word_similarity($1, title || ' ' || body) > 0.45)
        ORDER BY ts_rank(document, q.tsq) DESC, word_similarity($1, title || ' ' || body) DESC,
                 published_at DESC
        LIMIT $3`,
      [query, kinds, limit],
    );
    return {
      total: rows.length > 0 ? Number(rows[0].total) : 0,
      hits: rows.map((row) => ({
        kind: row.kind,
        id: row.entity_id,
        title: row.title,
        snippet: excerpt(row.body),
        url: row.url,
        publishedAt: row.published_at,
      })),
    };
  }

  async isHealthy(): Promise<boolean> {
    await this.dataSource.query('SELECT 1');
    return true;
  }
}
