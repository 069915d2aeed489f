import { registerEnumType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';

export enum SearchKind {
  NEWS = 'NEWS',
  THREAD = 'THREAD',
  LISTING = 'LISTING',
}
registerEnumType(SearchKind, { name: 'SearchKind', description: 'What a search hit is.' });

/** One findable thing, as both search engines store it. */
export interface SearchDocument {
  kind: SearchKind;
  id: string;
  title: string;
  /** Plain text, no markup. */
  body: string;
  /** The page that shows it, relative to the site root. */
  url: string;
  publishedAt: Date;
}

/**
 * A feature that owns findable things tells search how to read them. Sources are read in
 * the outbox worker and in a full rebuild, never in the write path.
 */
export interface SearchSource {
  kind: SearchKind;
  /** The documents for these ids that should be findable now; an id left out is removed. */
  load(manager: EntityManager, ids: string[]): Promise<SearchDocument[]>;
  /** Ids of everything findable, in id order after `after`, for a rebuild. */
  listIds(manager: EntityManager, after: string | null, limit: number): Promise<string[]>;
}

export interface SearchHitRecord {
  kind: SearchKind;
  id: string;
  title: string;
  snippet: string;
  url: string;
  publishedAt: Date;
}

/** What both engines (Meilisearch and PostgreSQL full text) can do. */
export interface SearchEngine {
  readonly name: 'meilisearch' | 'postgres';
  prepare(): Promise<void>;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(kind: SearchKind, ids: string[]): Promise<void>;
  /** Empties the index before a rebuild. */
  clear(): Promise<void>;
  search(
    query: string,
    kinds: SearchKind[],
    limit: number,
  ): Promise<{ hits: SearchHitRecord[]; total: number }>;
  isHealthy(): Promise<boolean>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

/** A short plain-text excerpt for hits and index bodies. */
export function excerpt(text: string, length = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  return `${flat.slice(0, length).replace(/\s+\S*$/, '')}…`;
}
