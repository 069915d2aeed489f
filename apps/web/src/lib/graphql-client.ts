import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';
import { MeDocument, type MeQuery } from '../gql/graphql';
import { forumCache } from '../features/forum/forum-cache';
import { groupsCache } from '../features/groups/groups-cache';
import { marketCache } from '../features/market/market-cache';
import { newsCache } from '../features/news/news-cache';
import { storedLanguage } from '../i18n/language-store';
import { mergeCacheRules, type CacheRules } from './cache-helpers';

/** Root fields that do not depend on who is signed in, kept across log-in and log-out. */
const VIEWER_INDEPENDENT_FIELDS = new Set(['kecamatan']);

/** After signing in or out every viewer-dependent answer is stale: drop it so it refetches. */
function forgetViewerData(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (VIEWER_INDEPENDENT_FIELDS.has(field.fieldName) || field.fieldName === 'me') continue;
    cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

function setMe(cache: Cache, me: MeQuery['me']): void {
  cache.updateQuery({ query: MeDocument }, () => ({ me }));
  forgetViewerData(cache);
}

const embedded = () => null;

const coreCache: CacheRules = {
  keys: {
    Kecamatan: (data) => (typeof data.code === 'string' ? data.code : null),
    Kelurahan: (data) => (typeof data.code === 'string' ? data.code : null),
    // Every paged list shares one PageInfo type; it lives inside its connection.
    PageInfo: embedded,
    SearchResults: embedded,
    SearchHit: embedded,
  },
  updates: {
    Mutation: {
      logIn: (result, _args, cache) => setMe(cache, result.logIn as MeQuery['me']),
      register: (result, _args, cache) => setMe(cache, result.register as MeQuery['me']),
      logOut: (_result, _args, cache) => setMe(cache, null),
    },
  },
};

export function createGraphQLClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange(mergeCacheRules(coreCache, newsCache, forumCache, marketCache, groupsCache)),
      fetchExchange,
    ],
    // POST for every operation: the server refuses simple cross-site GET requests.
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { 'Accept-Language': storedLanguage() },
    }),
  });
}
