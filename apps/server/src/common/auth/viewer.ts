import type { Role } from '@sim-se/shared';

/** The signed-in person behind a request, as the session middleware found them. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  sessionId: string;
}
