import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import type { Language } from '@sim-se/shared';

export interface RequestScope {
  requestId: string;
  language: Language;
  log: Logger;
}

/** What the current request is, for code that is not handed the request itself. */
export const requestScope = new AsyncLocalStorage<RequestScope>();
