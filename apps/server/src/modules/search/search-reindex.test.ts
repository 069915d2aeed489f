import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_KELURAHAN, type TestApp } from '../../../test/test-app.js';
import type { GraphqlClient } from '../../common/graphql/graphql-http-client.js';
import { type ReindexProgress, SearchService } from './search.service.js';
import { SEARCH_ENGINE, type SearchEngine } from './search.types.js';

const SEARCH = `query($query: String!) { search(query: $query) { hits { kind title } } }`;

/** Opens a thread in the first forum category, as the given person. */
async function startThread(client: GraphqlClient, title: string, body: string): Promise<void> {
  const { forumCategories } = await client.data<{ forumCategories: Array<{ id: string }> }>(
    `{ forumCategories { id } }`,
  );
  await client.data(`mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`, {
    input: { categoryId: forumCategories[0].id, title, body },
  });
}

describe('rebuilding the search index', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const titlesFor = async (query: string): Promise<string[]> => {
    const result = await app
      .client()
      .data<{ search: { hits: Array<{ title: string }> } }>(SEARCH, { query });
    return result.search.hits.map((hit) => hit.title).sort();
  };

  it('restores published reports and threads from PostgreSQL, leaves drafts out, and reports progress', async () => {
    const member = await app.personWithRoles(['MEMBER']);
    const editor = await app.personWithRoles(['EDITOR']);
    const { submitReport } = await member.client.data<{ submitReport: { id: string } }>(
      `mutation($input: ReportInput!) { submitReport(input: $input) { id } }`,
      {
        input: {
          title: 'Festival bandrong di Alun-alun',
          body: 'Pencak silat bandrong ditampilkan pemuda Kasemen.',
          regionCode: TEST_KELURAHAN,
        },
      },
    );
    await editor.client.data(`mutation($id: ID!) { publishReport(id: $id) { id } }`, {
      id: submitReport.id,
    });
    await startThread(member.client, 'Latihan bandrong tiap Minggu?', 'Di mana tempatnya?');
    const unpublished = await member.client.data<{ submitReport: { id: string } }>(
      `mutation($input: ReportInput!) { submitReport(input: $input) { id } }`,
      {
        input: {
          title: 'Draf bandrong belum terbit',
          body: 'Belum ditinjau.',
          regionCode: TEST_KELURAHAN,
        },
      },
    );
    expect(unpublished.submitReport.id).toBeTruthy();

    const search = app.server.app.get(SearchService);
    await search.drain();
    expect(await titlesFor('bandrong')).toEqual([
      'Festival bandrong di Alun-alun',
      'Latihan bandrong tiap Minggu?',
    ]);

    await app.server.app.get<SearchEngine>(SEARCH_ENGINE).clear();
    expect(await titlesFor('bandrong')).toEqual([]);

    const progress: ReindexProgress[] = [];
    const total = await search.reindex((step) => progress.push(step));

    expect(total).toBe(2);
    expect(progress).toEqual(
      expect.arrayContaining([
        { kind: 'NEWS', done: 1 },
        { kind: 'THREAD', done: 1 },
      ]),
    );
    expect(await titlesFor('bandrong')).toEqual([
      'Festival bandrong di Alun-alun',
      'Latihan bandrong tiap Minggu?',
    ]);
  });
});

describe('search input', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const member = await app.personWithRoles(['MEMBER']);
    await startThread(member.client, 'Harga cabai naik 50%', 'Di pasar Rau.');
    await app.server.app.get(SearchService).drain();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(['%', '_', '*', '!!!'])(
    'finds nothing for "%s" rather than everything',
    async (query) => {
      const result = await app
        .client()
        .data<{ search: { hits: unknown[]; total: number } }>(SEARCH, { query });
      expect(result.search.hits).toEqual([]);
    },
  );

  it('says how long a search may be', async () => {
    const result = await app.client().request(SEARCH, { query: 'cabai '.repeat(1000) });
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'query', message: 'Terlalu panjang (maksimal 200 karakter).' },
    ]);
  });
});
