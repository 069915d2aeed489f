import type { Cache, CacheExchangeOpts } from '@urql/exchange-graphcache';

export type CacheRules = Pick<CacheExchangeOpts, 'keys' | 'updates'>;

/** Drops every cached answer of the given root fields, so lists refetch and show a change. */
export function invalidateRootFields(cache: Cache, fieldNames: readonly string[]): void {
  for (const field of cache.inspectFields('Query')) {
    if (fieldNames.includes(field.fieldName)) {
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    }
  }
}

/** Combines the cache rules each feature declares into one graphcache configuration. */
export function mergeCacheRules(...parts: CacheRules[]): CacheRules {
  const merged: CacheRules = { keys: {}, updates: { Mutation: {} } };
  for (const part of parts) {
    Object.assign(merged.keys ?? {}, part.keys);
    Object.assign(merged.updates?.Mutation ?? {}, part.updates?.Mutation);
  }
  return merged;
}
