import type { CacheRules } from '../../lib/cache-helpers';
import { invalidateRootFields } from '../../lib/cache-helpers';

/** Forum cache rules: connections are embedded; new threads and replies refresh the lists. */
export const forumCache: CacheRules = {
  keys: {
    ForumThreadConnection: () => null,
    ForumPostConnection: () => null,
  },
  updates: {
    Mutation: {
      startThread: (_result, _args, cache) =>
        invalidateRootFields(cache, [
          'threads',
          'activeThreads',
          'forumCategories',
          'forumCategory',
        ]),
      reply: (_result, args, cache) => {
        const input = args.input as { threadId?: unknown } | undefined;
        if (typeof input?.threadId === 'string') {
          cache.invalidate({ __typename: 'ForumThread', id: input.threadId });
        }
        invalidateRootFields(cache, ['activeThreads', 'threads']);
      },
    },
  },
};
