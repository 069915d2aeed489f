import { invalidateRootFields, type CacheRules } from '../../lib/cache-helpers';

/** Marketplace cache rules: categories are keyed by slug; a new listing refreshes the lists. */
export const marketCache: CacheRules = {
  keys: {
    ListingCategory: (data) => (typeof data.slug === 'string' ? data.slug : null),
    ListingConnection: () => null,
  },
  updates: {
    Mutation: {
      createListing: (_result, _args, cache) =>
        invalidateRootFields(cache, ['listings', 'newListings', 'listingCategories']),
    },
  },
};
