import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { ConfigError, loadConfig, projectRoot } from './config/app-config.js';
import { createLogger } from './common/logging/logger.js';
import { SearchService } from './modules/search/search.service.js';
import { type RunningServer, startServer } from './server.js';
import { loadDemo } from './demo/load-demo.js';
import { DataInUseError } from './runtime/embedded-postgres.js';

/**
 * Operator commands that run the same code as the server:
 *   migrate  apply pending migrations (they also run on every start)
 *   reindex  rebuild the search index from PostgreSQL, with progress
 *   schema   write the GraphQL schema to apps/server/schema.gql for the web app's types
 *   demo     load the fictional demo set (and the real 2018 Temu KIM report); twice adds nothing
 */
const COMMANDS = ['migrate', 'reindex', 'schema', 'demo'] as const;
type Command = (typeof COMMANDS)[number];

async function main(command: string | undefined): Promise<void> {
  if (!COMMANDS.includes(command as Command)) {
    process.stderr.write(`usage: cli <${COMMANDS.join('|')}>\n`);
    process.exit(64);
  }

  const environment: NodeJS.ProcessEnv = {
    LOG_LEVEL: 'warn',
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
  };
  let scratch: string | undefined;
  if (command === 'schema') {
    // The schema does not depend on data: build it against a throw-away embedded database.
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-se-schema-'));
    Object.assign(environment, { DATA_DIR: scratch, SEARCH_ENGINE: 'postgres', LOG_LEVEL: 'warn' });
    delete environment.DATABASE_URL;
  }

  let config;
  try {
    config = loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  try {
    if (command === 'migrate') {
      logger.info('migrations are up to date');
    } else if (command === 'reindex') {
      await reindex(server.app.get(SearchService));
    } else if (command === 'demo') {
      await demo(server);
    } else {
      const schema = printSchema(server.app.get(GraphQLSchemaHost).schema);
      const file = path.join(projectRoot(), 'apps/server/schema.gql');
      fs.writeFileSync(file, `${schema}\n`);
      logger.info({ file }, 'GraphQL schema written');
    }
  } finally {
    await server.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function demo(server: RunningServer): Promise<void> {
  const { added } = await loadDemo(server, ({ step, total, label, added: wasAdded }) => {
    process.stderr.write(
      `[${step}/${total}] ${wasAdded ? 'ditambahkan' : 'sudah ada  '}  ${label}\n`,
    );
  });
  process.stderr.write(
    added > 0
      ? `Data contoh dimuat: ${added} item baru. Jalankan \`npm start\` dan buka situsnya.\n`
      : 'Data contoh sudah lengkap; tidak ada yang ditambahkan.\n',
  );
}

async function reindex(search: SearchService): Promise<void> {
  const started = Date.now();
  const total = await search.reindex(({ kind, done }) => {
    process.stderr.write(
      `\rreindex ${kind.toLowerCase().padEnd(8)} ${String(done).padStart(7)} documents`,
    );
  });
  process.stderr.write(
    `\nreindex done: ${total} documents in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

main(process.argv[2]).then(
  () => process.exit(0),
  (error: unknown) => {
    // An operator's mistake (a running server, a bad variable) needs its sentence, not a stack.
    const expected = error instanceof DataInUseError || error instanceof ConfigError;
    const text =
      error instanceof Error
        ? expected
          ? error.message
          : (error.stack ?? error.message)
        : String(error);
    process.stderr.write(`${text}\n`);
    process.exit(1);
  },
);
