import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../apps/server/src/config/app-config.js';
import { startTestApp, type TestApp } from '../../apps/server/test/test-app.js';

/**
 * The product as a browser meets it: the built web app served by the real server, over
 * real PostgreSQL and Meilisearch. `npm test` builds the web app before running tests.
 */
export async function startProduct(): Promise<TestApp> {
  const index = path.join(projectRoot(), 'dist/apps/web/index.html');
  if (!fs.existsSync(index)) {
    throw new Error(
      'the web app is not built: run the tests with `npm test`, which builds it first',
    );
  }
  return startTestApp();
}
