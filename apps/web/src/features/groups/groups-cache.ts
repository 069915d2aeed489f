import { invalidateRootFields, type CacheRules } from '../../lib/cache-helpers';

/** KIM registry cache rules: new groups and members refresh the group and people lists. */
export const groupsCache: CacheRules = {
  updates: {
    Mutation: {
      createGroup: (_result, _args, cache) => invalidateRootFields(cache, ['groups', 'myGroups']),
      addGroupMember: (_result, _args, cache) =>
        invalidateRootFields(cache, ['groups', 'myGroups', 'users', 'me']),
    },
  },
};
