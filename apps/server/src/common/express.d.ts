import type { Logger } from 'pino';
import type { Language } from '@sim-se/shared';
import type { Viewer } from './auth/viewer.js';

declare global {
  namespace Express {
    interface Request {
      requestId: string;
      log: Logger;
      language: Language;
      viewer?: Viewer;
    }
  }
}

export {};
