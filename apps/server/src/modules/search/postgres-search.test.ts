import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_KELURAHAN, type TestApp } from '../../../test/test-app.js';
import { SearchService } from './search.service.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../../fixtures/temu-kim-2018.md');
const SUBMIT = `mutation($input: ReportInput!) { submitReport(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishReport(id: $id) { id } }`;
const SEARCH = `query($query: String!) { search(query: $query) { engine hits { kind title url } } }`;

describe('search on PostgreSQL full text, where no Meilisearch runs', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ SEARCH_ENGINE: 'postgres' });
    const [first, ...rest] = fs.readFileSync(FIXTURE, 'utf8').split('\n');
    const member = await app.personWithRoles(['MEMBER']);
    const editor = await app.personWithRoles(['EDITOR']);
    const { submitReport } = await member.client.data<{ submitReport: { id: string } }>(SUBMIT, {
      input: {
        title: first.replace(/^#\s*/, ''),
        body: rest.join('\n'),
        regionCode: TEST_KELURAHAN,
      },
    });
    await editor.client.data(PUBLISH, { id: submitReport.id });
    await app.server.app.get(SearchService).drain();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(['Pipitan', 'pewarta warga', 'pewrta', 'pemberitaan'])(
    'finds the Temu KIM report for "%s"',
    async (query) => {
      const result = await app
        .client()
        .data<{ search: { engine: string; hits: Array<{ title: string; url: string }> } }>(SEARCH, {
          query,
        });
      expect(result.search.engine).toBe('postgres');
      expect(result.search.hits.map((hit) => hit.title)).toEqual([
        'Temu KIM Kota Serang di Taman Kreatif Pipitan',
      ]);
      expect(result.search.hits[0].url).toMatch(/^\/berita\/temu-kim-kota-serang/);
    },
  );

  it('finds nothing for words the report does not contain', async () => {
    const result = await app
      .client()
      .data<{ search: { hits: unknown[] } }>(SEARCH, { query: 'Stripe pembayaran' });
    expect(result.search.hits).toEqual([]);
  });
});
