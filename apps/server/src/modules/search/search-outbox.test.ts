import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../runtime/free-port.js';
import {
  type RunningMeilisearch,
  startEmbeddedMeilisearch,
} from '../../runtime/embedded-meilisearch.js';
import { startTestApp, TEST_KELURAHAN, type TestApp } from '../../../test/test-app.js';
import { SearchService } from './search.service.js';

const SUBMIT = `mutation($input: ReportInput!) { submitReport(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishReport(id: $id) { id } }`;
const SEARCH = `query($query: String!) { search(query: $query) { hits { title } } }`;

describe('search outbox during a Meilisearch outage', () => {
  let app: TestApp;
  let meili: RunningMeilisearch | undefined;
  let port: number;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-se-outage-'));
  const masterKey = 'outage-test-master-key';

  beforeAll(async () => {
    port = await findFreePort();
    app = await startTestApp({
      MEILI_HOST: `http://127.0.0.1:${port}`,
      MEILI_MASTER_KEY: masterKey,
    });
  });
  afterAll(async () => {
    await app?.close();
    await meili?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('accepts writes while search is down and indexes them once it is back', async () => {
    const member = await app.personWithRoles(['MEMBER']);
    const editor = await app.personWithRoles(['EDITOR']);
    const { submitReport } = await member.client.data<{ submitReport: { id: string } }>(SUBMIT, {
      input: {
        title: 'Kerja bakti membersihkan Kali Banten',
        body: 'Warga Kasemen bergotong royong membersihkan sampah di bantaran kali.',
        regionCode: TEST_KELURAHAN,
      },
    });
    await editor.client.data(PUBLISH, { id: submitReport.id });

    const search = app.server.app.get(SearchService);
    expect(await search.drain()).toBe(0);
    const [queued] = await app.query<{ attempts: number }>(
      `SELECT attempts FROM search_outbox WHERE entity_id = $1`,
      [submitReport.id],
    );
    expect(queued.attempts).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${app.url}/health`)).status).toBe(503);
    const unavailable = await app.client().request(SEARCH, { query: 'bantaran kali' });
    expect(unavailable.errors?.[0].extensions?.reason).toBe('SEARCH_UNAVAILABLE');
    expect(unavailable.errors?.[0].message).toContain('Pencarian sedang tidak tersedia');

    meili = await startEmbeddedMeilisearch(dataDir, pino({ level: 'silent' }), { port, masterKey });

    const deadline = Date.now() + 30_000;
    let titles: string[] = [];
    while (Date.now() < deadline && titles.length === 0) {
      await search.drain();
      const result = await app
        .client()
        .data<{ search: { hits: Array<{ title: string }> } }>(SEARCH, {
          query: 'bantaran kali',
        });
      titles = result.search.hits.map((hit) => hit.title);
      if (titles.length === 0) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(titles).toEqual(['Kerja bakti membersihkan Kali Banten']);
    expect(await search.pendingCount()).toBe(0);
  });
});
