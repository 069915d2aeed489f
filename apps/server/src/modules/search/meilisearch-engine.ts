import type { Meilisearch } from 'meilisearch';
import {
  excerpt,
  type SearchDocument,
  type SearchEngine,
  type SearchHitRecord,
  SearchKind,
} from './search.types.js';

interface StoredDocument {
  key: string;
  kind: SearchKind;
  id: string;
  title: string;
  body: string;
  url: string;
  publishedAt: number;
}

const WAIT = { timeout: 30_000, interval: 50 };

/** One Meilisearch index holds every kind; typo tolerance is Meilisearch's own. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private client?: Meilisearch;

  constructor(
    private readonly host: string,
    private readonly apiKey: string | undefined,
    private readonly indexUid: string,
  ) {}

  private async index() {
    if (!this.client) {
      const { Meilisearch: Client } = await import('meilisearch');
      this.client = new Client({ host: this.host, apiKey: this.apiKey });
    }
    return this.client.index<StoredDocument>(this.indexUid);
  }

  async prepare(): Promise<void> {
    const index = await this.index();
    await this.client!.createIndex(this.indexUid, { primaryKey: 'key' }).waitTask(WAIT);
    await index
      .updateSettings({
        searchableAttributes: ['title', 'body'],
        filterableAttributes: ['kind'],
        sortableAttributes: ['publishedAt'],
        displayedAttributes: ['key', 'kind', 'id', 'title', 'body', 'url', 'publishedAt'],
      })
      .waitTask(WAIT);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const index = await this.index();
    const stored = documents.map((document) => ({
      key: `${document.kind.toLowerCase()}_${document.id}`,
      kind: document.kind,
      id: document.id,
      title: document.title,
      body: document.body,
      url: document.url,
      publishedAt: document.publishedAt.getTime(),
    }));
    const task = await index.addDocuments(stored).waitTask(WAIT);
    if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.uid} ${task.status}`);
  }

  async remove(kind: SearchKind, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const index = await this.index();
    await index.deleteDocuments(ids.map((id) => `${kind.toLowerCase()}_${id}`)).waitTask(WAIT);
  }

  async clear(): Promise<void> {
    const index = await this.index();
    await index.deleteAllDocuments().waitTask(WAIT);
  }

  async search(
    query: string,
    kinds: SearchKind[],
    limit: number,
  ): Promise<{ hits: SearchHitRecord[]; total: number }> {
    const index = await this.index();
    const filter = kinds.length > 0 ? [kinds.map((kind) => `kind = "${kind}"`)] : undefined;
    const response = await index.search(query, {
      limit,
      filter,
      attributesToCrop: ['body'],
      cropLength: 30,
    });
    return {
      total: response.estimatedTotalHits ?? response.hits.length,
      hits: response.hits.map((hit) => ({
        kind: hit.kind,
        id: hit.id,
        title: hit.title,
        snippet: excerpt(hit._formatted?.body ?? hit.body),
        url: hit.url,
        publishedAt: new Date(hit.publishedAt),
      })),
    };
  }

  async isHealthy(): Promise<boolean> {
    await this.index();
    return this.client!.isHealthy();
  }
}
