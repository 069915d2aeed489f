import type { Role } from '../gql/graphql';

/** Whether a person may act in a role; administrators pass every check, as on the server. */
export function hasRole(roles: readonly Role[] | null | undefined, role: Role): boolean {
  if (!roles) return false;
  return roles.includes(role) || roles.includes('ADMINISTRATOR');
}
