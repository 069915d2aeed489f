import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import type { GraphqlClient } from '../../common/graphql/graphql-http-client.js';
import { SearchService } from '../search/search.service.js';

const START_THREAD = `mutation($input: StartThreadInput!) {
  startThread(input: $input) { id title replyCount locked pinned url category { slug threadCount } author { id name } }
}`;
const REPLY = `mutation($input: ReplyInput!) { reply(input: $input) { id threadId bodyHtml author { name } } }`;
const THREAD = `query($id: ID!, $first: Int!, $after: String) {
  thread(id: $id) {
    id title replyCount
    posts(first: $first, after: $after) {
      nodes { id body bodyHtml author { id name } }
      pageInfo { endCursor hasNextPage }
    }
  }
}`;
const THREADS = `query($slug: String!, $first: Int!, $after: String) {
  threads(categorySlug: $slug, first: $first, after: $after) {
    nodes { id pinned }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface ThreadData {
  thread: {
    id: string;
    title: string;
    replyCount: number;
    posts: {
      nodes: Array<{
        id: string;
        body: string;
        bodyHtml: string;
        author: { id: string; name: string };
      }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  } | null;
}

describe('forum', () => {
  let app: TestApp;
  let categoryIds: Record<string, string>;

  const categoryId = (slug: string): string => categoryIds[slug];

  const startThread = async (
    client: GraphqlClient,
    slug: string,
    title: string,
    body = 'Isi topik.',
  ) => {
    const data = await client.data<{ startThread: { id: string } }>(START_THREAD, {
      input: { categoryId: categoryId(slug), title, body },
    });
    return data.startThread.id;
  };

  /** A resident whose account is old enough to post under the ordinary limits. */
  const establishedResident = async (name: string) => {
    const person = await app.resident(name);
    await app.query(`UPDATE users SET created_at = now() - interval '3 days' WHERE id = $1`, [
      person.id,
    ]);
    return person;
  };

  const countRows = async (table: string): Promise<number> => {
    const [row] = await app.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`);
    return row.count;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const rows = await app.query<{ id: string; slug: string }>(
      `SELECT id, slug FROM forum_categories`,
    );
    categoryIds = Object.fromEntries(rows.map((row) => [row.slug, row.id]));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists the five starting categories with Indonesian and English names', async () => {
    const data = await app
      .client()
      .data<{ forumCategories: Array<{ slug: string; nameId: string; nameEn: string }> }>(
        `{ forumCategories { slug nameId nameEn descriptionId descriptionEn threadCount } }`,
      );
    expect(data.forumCategories.map((category) => category.slug)).toEqual([
      'umum',
      'tanya-jawab',
      'informasi-kelurahan',
      'usaha-kim',
      'kegiatan-kopdar',
    ]);
    expect(data.forumCategories[1]).toMatchObject({ nameId: 'Tanya Jawab', nameEn: 'Questions' });
  });

  it('starts a thread, takes replies, and reads the posts back oldest first, page by page', async () => {
    const asker = await app.resident('Siti Aminah');
    const helper = await app.resident('Budi Santoso');
    const started = await asker.client.data<{ startThread: Record<string, unknown> }>(
      START_THREAD,
      {
        input: {
          categoryId: categoryId('tanya-jawab'),
          title: '  Cara mengurus KTP baru?  ',
          body: 'Syaratnya apa saja?',
        },
      },
    );
    expect(started.startThread).toMatchObject({
      title: 'Cara mengurus KTP baru?',
      replyCount: 0,
      locked: false,
      pinned: false,
      category: { slug: 'tanya-jawab', threadCount: 1 },
      author: { id: asker.id, name: 'Siti Aminah' },
    });
    const threadId = started.startThread.id as string;
    expect(started.startThread.url).toBe(`/forum/t/${threadId}`);

    await helper.client.data(REPLY, {
      input: { threadId, body: 'Bawa KK dan surat pengantar RT.' },
    });
    await asker.client.data(REPLY, { input: { threadId, body: 'Terima kasih!' } });

    const first = await app.client().data<ThreadData>(THREAD, { id: threadId, first: 2 });
    expect(first.thread?.replyCount).toBe(2);
    expect(first.thread?.posts.nodes.map((post) => post.body)).toEqual([
      'Syaratnya apa saja?',
      'Bawa KK dan surat pengantar RT.',
    ]);
    expect(first.thread?.posts.nodes[1].author.name).toBe('Budi Santoso');
    expect(first.thread?.posts.pageInfo.hasNextPage).toBe(true);

    const second = await app.client().data<ThreadData>(THREAD, {
      id: threadId,
      first: 2,
      after: first.thread?.posts.pageInfo.endCursor,
    });
    expect(second.thread?.posts.nodes.map((post) => post.body)).toEqual(['Terima kasih!']);
    expect(second.thread?.posts.pageInfo.hasNextPage).toBe(false);

    const active = await app
      .client()
      .data<{ activeThreads: Array<{ id: string }> }>(`{ activeThreads(first: 5) { id } }`);
    expect(active.activeThreads[0].id).toBe(threadId);

    const [row] = await app.query<{ reply_count: number }>(
      `SELECT reply_count FROM forum_threads WHERE id = $1`,
      [threadId],
    );
    expect(row.reply_count).toBe(2);
  });

  it('shows an author by public name only, never by e-mail', async () => {
    const data = await app
      .client()
      .data<{ __type: { fields: Array<{ name: string }> } }>(
        `{ __type(name: "ForumAuthor") { fields { name } } }`,
      );
    expect(data.__type.fields.map((field) => field.name).sort()).toEqual(['id', 'name']);
  });

  it('answers null for an unknown thread and NOT_FOUND for a reply to one', async () => {
    const missing = await app
      .client()
      .data<ThreadData>(THREAD, { id: '00000000-0000-4000-8000-000000000000', first: 5 });
    expect(missing.thread).toBeNull();

    const { client } = await app.resident();
    const reply = await client.request(REPLY, {
      input: { threadId: '00000000-0000-4000-8000-000000000000', body: 'Halo' },
    });
    expect(reply.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
  });

  it('does not let a visitor start a thread or reply, and writes nothing', async () => {
    const { client } = await app.resident();
    const threadId = await startThread(client, 'umum', 'Topik untuk tamu');
    const [threads, posts, outbox] = [
      await countRows('forum_threads'),
      await countRows('forum_posts'),
      await countRows('search_outbox'),
    ];

    const visitor = app.client();
    const started = await visitor.request(START_THREAD, {
      input: { categoryId: categoryId('umum'), title: 'Tamu menulis', body: 'Halo' },
    });
    expect(started.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'NOT_LOGGED_IN',
    });
    expect(started.errors?.[0].message).toBe('Silakan masuk terlebih dahulu.');
    const replied = await visitor.request(REPLY, { input: { threadId, body: 'Halo' } });
    expect(replied.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    expect(await countRows('forum_threads')).toBe(threads);
    expect(await countRows('forum_posts')).toBe(posts);
    expect(await countRows('search_outbox')).toBeLessThanOrEqual(outbox);
  });

  it('refuses an empty title with a field error in Indonesian, and writes nothing', async () => {
    const { client, id } = await app.resident();
    const result = await client.request(START_THREAD, {
      input: { categoryId: categoryId('umum'), title: '   ', body: 'Isi ada.' },
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
    expect(result.errors?.[0].message).toBe('Isian belum benar.');
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'title', message: 'Wajib diisi.' },
    ]);
    expect(await app.query(`SELECT 1 FROM forum_threads WHERE author_id = $1`, [id])).toHaveLength(
      0,
    );
  });

  it('refuses an unknown category and leaves no half-written thread', async () => {
    const { client, id } = await app.resident();
    const result = await client.request(START_THREAD, {
      input: { categoryId: '00000000-0000-4000-8000-000000000000', title: 'Judul', body: 'Isi' },
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_CATEGORY',
    });
    expect(await app.query(`SELECT 1 FROM forum_threads WHERE author_id = $1`, [id])).toHaveLength(
      0,
    );
    expect(await app.query(`SELECT 1 FROM forum_posts WHERE author_id = $1`, [id])).toHaveLength(0);
  });

  it('serves Markdown as HTML without scripts, event handlers or javascript: links', async () => {
    const { client } = await app.resident();
    const body = [
      '**Penting** untuk warga.',
      '<script>alert("curi")</script>',
      '<img src="x" onerror="alert(1)">',
      '[klik di sini](javascript:alert(document.cookie))',
      '[situs resmi](https://serangkota.go.id)',
    ].join('\n\n');
    const threadId = await startThread(client, 'umum', 'Uji Markdown', body);
    await client.data(REPLY, {
      input: { threadId, body: '<a href="javascript:alert(2)" onclick="x()">balas</a>' },
    });

    const data = await app.client().data<ThreadData>(THREAD, { id: threadId, first: 10 });
    const html = data.thread!.posts.nodes.map((post) => post.bodyHtml).join('\n');
    expect(html).toContain('<strong>Penting</strong>');
    expect(html).toContain('href="https://serangkota.go.id"');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('refuses replies to a locked thread and leaves it as it was', async () => {
    const { client } = await app.resident();
    const threadId = await startThread(client, 'umum', 'Topik yang dikunci');
    await app.query(`UPDATE forum_threads SET locked = true WHERE id = $1`, [threadId]);

    const result = await client.request(REPLY, { input: { threadId, body: 'Masih boleh?' } });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'THREAD_LOCKED',
    });
    expect(result.errors?.[0].message).toBe('Topik ini dikunci; balasan baru tidak diterima.');
    expect(
      await app.query(`SELECT 1 FROM forum_posts WHERE thread_id = $1`, [threadId]),
    ).toHaveLength(1);
    const [row] = await app.query<{ reply_count: number }>(
      `SELECT reply_count FROM forum_threads WHERE id = $1`,
      [threadId],
    );
    expect(row.reply_count).toBe(0);
  });

  it('pages through a category so that every thread appears exactly once, pinned first', async () => {
    const { client } = await establishedResident('Penulis Kopdar');
    const ids: string[] = [];
    for (let index = 0; index < 8; index += 1)
      ids.push(await startThread(client, 'kegiatan-kopdar', `Kopdar ke-${index}`));
    // Three threads share one activity moment, so only the id breaks their tie.
    await app.query(
      `UPDATE forum_threads SET last_activity_at = '2025-06-01T10:00:00.123456Z' WHERE id = ANY($1::uuid[])`,
      [ids.slice(2, 5)],
    );
    await app.query(`UPDATE forum_threads SET pinned = true WHERE id = $1`, [ids[0]]);

    const seen: Array<{ id: string; pinned: boolean }> = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: {
        threads: {
          nodes: Array<{ id: string; pinned: boolean }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await app.client().data(THREADS, { slug: 'kegiatan-kopdar', first: 3, after });
      seen.push(...data.threads.nodes);
      if (!data.threads.pageInfo.hasNextPage) break;
      after = data.threads.pageInfo.endCursor;
    }

    expect(seen).toHaveLength(8);
    expect(new Set(seen.map((thread) => thread.id))).toEqual(new Set(ids));
    expect(seen[0]).toEqual({ id: ids[0], pinned: true });
    const expected = await app.query<{ id: string }>(
      `SELECT id FROM forum_threads WHERE category_id = $1 ORDER BY pinned DESC, last_activity_at DESC, id DESC`,
      [categoryId('kegiatan-kopdar')],
    );
    expect(seen.map((thread) => thread.id)).toEqual(expected.map((row) => row.id));
  });

  it('refuses a cursor that was not handed out', async () => {
    const result = await app
      .client()
      .request(THREADS, { slug: 'umum', first: 3, after: 'bukan-kursor' });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
  });

  it('holds a new account to five threads an hour', async () => {
    const { client, id } = await app.resident('Akun Baru');
    for (let index = 0; index < 5; index += 1)
      await startThread(client, 'usaha-kim', `Produk ke-${index}`);

    const sixth = await client.request(START_THREAD, {
      input: { categoryId: categoryId('usaha-kim'), title: 'Produk ke-6', body: 'Isi' },
    });
    expect(sixth.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'RATE_LIMITED',
    });
    expect(await app.query(`SELECT 1 FROM forum_threads WHERE author_id = $1`, [id])).toHaveLength(
      5,
    );

    await app.query(`UPDATE users SET created_at = now() - interval '3 days' WHERE id = $1`, [id]);
    await startThread(client, 'usaha-kim', 'Produk ke-6');
  });

  it('holds a new account to twenty replies an hour, not counting their opening posts', async () => {
    const { client, id } = await app.resident('Pembalas Baru');
    const threadId = await startThread(client, 'umum', 'Banyak balasan');
    for (let index = 0; index < 20; index += 1) {
      await client.data(REPLY, { input: { threadId, body: `Balasan ${index}` } });
    }

    const extra = await client.request(REPLY, { input: { threadId, body: 'Satu lagi' } });
    expect(extra.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'RATE_LIMITED',
    });
    expect(await app.query(`SELECT 1 FROM forum_posts WHERE author_id = $1`, [id])).toHaveLength(
      21,
    );
  });

  it('makes a thread findable by its title and replies, even with a misspelt word', async () => {
    const { client } = await app.resident();
    const threadId = await startThread(
      client,
      'informasi-kelurahan',
      'Jadwal posyandu balita Cipocok Jaya',
      'Posyandu buka setiap Selasa di balai warga.',
    );
    await client.data(REPLY, {
      input: { threadId, body: 'Ada **penyuluhan** gizi pukul delapan.' },
    });
    await app.server.app.get(SearchService).drain();

    const search = async (query: string) =>
      (
        await app
          .client()
          .data<{ search: { hits: Array<{ kind: string; id: string; url: string }> } }>(
            `query($query: String!) { search(query: $query, kinds: [THREAD]) { hits { kind id url } } }`,
            { query },
          )
      ).search.hits;

    expect(await search('posyandu')).toContainEqual({
      kind: 'THREAD',
      id: threadId,
      url: `/forum/t/${threadId}`,
    });
    expect((await search('penyuluhan')).map((hit) => hit.id)).toContain(threadId);
    expect((await search('penyuluhn')).map((hit) => hit.id)).toContain(threadId);
  });
});
