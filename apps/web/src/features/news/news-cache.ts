import type { CacheExchangeOpts } from '@urql/exchange-graphcache';
import { invalidateRootFields } from '../../lib/cache-helpers';

/** Newsroom cache rules: connections are embedded; every review step refreshes the lists. */
export const newsCache: Pick<CacheExchangeOpts, 'keys' | 'updates'> = {
  keys: {
    ArticleConnection: () => null,
    ReportConnection: () => null,
  },
  updates: {
    Mutation: {
      submitReport: (_result, _args, cache) =>
        invalidateRootFields(cache, ['myReports', 'reviewQueue']),
      reviseReport: (_result, _args, cache) =>
        invalidateRootFields(cache, ['myReports', 'reviewQueue']),
      publishReport: (_result, _args, cache) =>
        invalidateRootFields(cache, ['news', 'reviewQueue', 'myReports', 'search']),
      requestChanges: (_result, _args, cache) =>
        invalidateRootFields(cache, ['reviewQueue', 'myReports']),
    },
  },
};
