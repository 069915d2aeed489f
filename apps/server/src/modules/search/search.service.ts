import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorReason } from '@sim-se/shared';
import { AppError } from '../../common/errors/app-error.js';
import { LOGGER } from '../../common/logging/logger.js';
import {
  SEARCH_ENGINE,
  type SearchEngine,
  type SearchHitRecord,
  SearchKind,
  type SearchSource,
} from './search.types.js';

const BATCH_SIZE = 100;
const POLL_MS = 500;

export interface ReindexProgress {
  kind: SearchKind;
  done: number;
}

/**
 * Keeps the search index in step with PostgreSQL. Writers queue an update in the same
 * transaction as their change (`enqueue`); a worker drains the queue into the engine, so
 * a search outage delays updates but never loses one.
 */
@Injectable()
export class SearchService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sources = new Map<SearchKind, SearchSource>();
  private timer?: NodeJS.Timeout;
  private draining?: Promise<number>;
  private engineReady = false;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get engineName(): string {
    return this.engine.name;
  }

  register(source: SearchSource): void {
    this.sources.set(source.kind, source);
  }

  /** Queues an index update; call it with the transaction that makes the change. */
  async enqueue(manager: EntityManager, kind: SearchKind, entityId: string): Promise<void> {
    await manager.query(`INSERT INTO search_outbox (kind, entity_id) VALUES ($1, $2)`, [
      kind,
      entityId,
    ]);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.drain().catch(() => undefined), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.draining?.catch(() => undefined);
  }

  async pendingCount(): Promise<number> {
    const [row]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM search_outbox`,
    );
    return row.count;
  }

  async isHealthy(): Promise<boolean> {
    return this.engine.isHealthy().catch(() => false);
  }

  /** Applies every queued update; returns how many were applied. One drain runs at a time. */
  drain(): Promise<number> {
    if (!this.draining) {
      this.draining = this.drainAll().finally(() => (this.draining = undefined));
    }
    return this.draining;
  }

  /** Searches the engine; an engine that does not answer becomes SEARCH_UNAVAILABLE, logged. */
  async search(
    query: string,
    kinds: SearchKind[],
    limit: number,
  ): Promise<{ hits: SearchHitRecord[]; total: number }> {
    try {
      await this.ensureEngineReady();
      return await this.engine.search(query, kinds, limit);
    } catch (error) {
      this.engineReady = false;
      this.logger.warn({ err: error, engine: this.engine.name }, 'search engine did not answer');
      throw new AppError(ErrorReason.SearchUnavailable);
    }
  }

  /** Rebuilds the whole index from PostgreSQL, reporting progress as it goes. */
  async reindex(
    onProgress: (progress: ReindexProgress) => void = () => undefined,
  ): Promise<number> {
    await this.ensureEngineReady();
    await this.engine.clear();
    let total = 0;
    for (const source of this.sources.values()) {
      let after: string | null = null;
      let done = 0;
      for (;;) {
        const ids = await source.listIds(this.dataSource.manager, after, BATCH_SIZE);
        if (ids.length === 0) break;
        await this.engine.upsert(await source.load(this.dataSource.manager, ids));
        done += ids.length;
        after = ids[ids.length - 1];
        onProgress({ kind: source.kind, done });
      }
      total += done;
    }
    this.logger.info({ documents: total, engine: this.engine.name }, 'search index rebuilt');
    return total;
  }

  private async ensureEngineReady(): Promise<void> {
    if (this.engineReady) return;
    await this.engine.prepare();
    this.engineReady = true;
  }

  private async drainAll(): Promise<number> {
    let applied = 0;
    for (;;) {
      const batch = await this.drainBatch();
      if (batch === 0) return applied;
      applied += batch;
    }
  }

  private async drainBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; kind: SearchKind; entity_id: string }> = await manager.query(
        `SELECT id, kind, entity_id FROM search_outbox
          WHERE attempts = 0 OR enqueued_at < now() - make_interval(secs => least(300, 2 ^ attempts))
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;

      try {
        await this.ensureEngineReady();
        for (const kind of new Set(rows.map((row) => row.kind))) {
          await this.apply(manager, kind, [
            ...new Set(rows.filter((row) => row.kind === kind).map((row) => row.entity_id)),
          ]);
        }
        await manager.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [
          rows.map((row) => row.id),
        ]);
        return rows.length;
      } catch (error) {
        this.engineReady = false;
        this.logger.warn({ err: error, pending: rows.length }, 'search update failed; will retry');
        await manager.query(
          `UPDATE search_outbox SET attempts = attempts + 1, enqueued_at = now(), last_error = $2
            WHERE id = ANY($1::bigint[])`,
          [rows.map((row) => row.id), String((error as Error).message).slice(0, 500)],
        );
        return 0;
      }
    });
  }

  private async apply(manager: EntityManager, kind: SearchKind, ids: string[]): Promise<void> {
    const source = this.sources.get(kind);
    if (!source) throw new Error(`no search source for ${kind}`);
    const documents = await source.load(manager, ids);
    const present = new Set(documents.map((document) => document.id));
    await this.engine.upsert(documents);
    await this.engine.remove(
      kind,
      ids.filter((id) => !present.has(id)),
    );
  }
}
