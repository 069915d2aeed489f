// Measures why lists page by key (keyset) rather than by OFFSET: the time to fetch a page
// deep in a long forum, for both, against one real embedded PostgreSQL in the same run.
// Prints each median and the ratio OFFSET / keyset. Run with `npm run bench`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { startEmbeddedPostgres } from '../dist/apps/server/apps/server/src/runtime/embedded-postgres.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const PAGE = 20;
const DEPTHS = [100, 1_000, 5_000];
const REPEATS = 15;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-se-bench-'));
const postgres = await startEmbeddedPostgres(dataDir, pino({ level: 'warn' }));
const client = new pg.Client({ connectionString: postgres.url });
await client.connect();

try {
  process.stderr.write(`filling ${ROWS} threads…\n`);
  await client.query(`CREATE TABLE bench_threads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      last_activity_at timestamptz NOT NULL,
      title text NOT NULL)`);
  await client.query(
    `INSERT INTO bench_threads (last_activity_at, title)
     SELECT now() - (n || ' seconds')::interval, 'Topik ' || n FROM generate_series(1, $1) AS n`,
    [ROWS],
  );
  await client.query(`CREATE INDEX ON bench_threads (last_activity_at DESC, id DESC)`);
  await client.query('ANALYZE bench_threads');

  const median = async (run) => {
    const times = [];
    for (let i = 0; i < REPEATS; i += 1) {
      const started = process.hrtime.bigint();
      await run();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return times.sort((a, b) => a - b)[Math.floor(REPEATS / 2)];
  };

  console.log(`rows ${ROWS}, page ${PAGE}, median of ${REPEATS}`);
  console.log('page depth | offset ms | keyset ms | offset / keyset');
  for (const depth of DEPTHS) {
    const offset = depth * PAGE;
    const { rows } = await client.query(
      `SELECT last_activity_at, id FROM bench_threads
        ORDER BY last_activity_at DESC, id DESC OFFSET $1 LIMIT 1`,
      [offset - 1],
    );
    const cursor = rows[0];
    const offsetMs = await median(() =>
      client.query(
        `SELECT id, title FROM bench_threads ORDER BY last_activity_at DESC, id DESC
          OFFSET $1 LIMIT $2`,
        [offset, PAGE],
      ),
    );
    const keysetMs = await median(() =>
      client.query(
        `SELECT id, title FROM bench_threads
          WHERE (last_activity_at, id) < ($1, $2)
          ORDER BY last_activity_at DESC, id DESC LIMIT $3`,
        [cursor.last_activity_at, cursor.id, PAGE],
      ),
    );
    console.log(
      `${String(depth).padStart(10)} | ${offsetMs.toFixed(2).padStart(9)} | ${keysetMs
        .toFixed(2)
        .padStart(9)} | ${(offsetMs / keysetMs).toFixed(1).padStart(6)}x`,
    );
  }
} finally {
  await client.end();
  await postgres.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
