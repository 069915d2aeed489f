import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const sharedAlias = {
  '@sim-se/shared': new URL('./libs/shared/src/index.ts', import.meta.url).pathname,
};

/**
 * Three kinds of test: pure logic beside the code (server, web and shared), integration
 * tests that boot the whole server against real PostgreSQL and Meilisearch, and browser
 * tests that click through the built product in Chromium.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tools/summary-reporter.ts'],
    projects: [
      {
        // SWC keeps the decorator metadata that NestJS, GraphQL and TypeORM read.
        plugins: [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022' } })],
        resolve: { alias: sharedAlias },
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts', 'libs/shared/src/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias: sharedAlias },
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.ts', 'apps/web/src/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        plugins: [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022' } })],
        resolve: { alias: sharedAlias },
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
