import { ErrorReason, Role } from '@sim-se/shared';
import { AppError } from '../errors/app-error.js';
import type { Viewer } from './viewer.js';

/** The viewer, or an UNAUTHENTICATED error for a visitor. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError(ErrorReason.NotLoggedIn);
  return viewer;
}

/** The viewer when they hold at least one of the roles; administrators hold every power. */
export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const signedIn = requireViewer(viewer);
  if (hasRole(signedIn, ...roles)) return signedIn;
  throw new AppError(ErrorReason.MissingRole);
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  if (!viewer) return false;
  if (viewer.roles.includes(Role.ADMINISTRATOR)) return true;
  return roles.some((role) => viewer.roles.includes(role));
}
