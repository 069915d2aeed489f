import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_KELURAHAN, type TestApp } from '../../../test/test-app.js';
import type { GraphqlClient } from '../../common/graphql/graphql-http-client.js';
import { SearchService } from '../search/search.service.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../../fixtures/temu-kim-2018.md');

const REPORT_FIELDS = `id title status slug photoUrl submittedAt publishedAt
  author { id name } kelurahan { name kecamatanName } latestComment { comment editor { name } }`;
const SUBMIT = `mutation($input: ReportInput!) { submitReport(input: $input) { ${REPORT_FIELDS} } }`;
const REVISE = `mutation($id: ID!, $input: ReportInput!) { reviseReport(id: $id, input: $input) { ${REPORT_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishReport(id: $id) { ${REPORT_FIELDS} } }`;
const REQUEST_CHANGES = `mutation($id: ID!, $comment: String!) { requestChanges(id: $id, comment: $comment) { ${REPORT_FIELDS} } }`;
const REPORT = `query($id: ID!) { report(id: $id) { ${REPORT_FIELDS} bodyHtml } }`;
const QUEUE = `{ reviewQueue(first: 50) { nodes { id title } pageInfo { endCursor hasNextPage } } }`;
const MY_REPORTS = `{ myReports { nodes { id status latestComment { comment } } } }`;
const NEWS = `query($first: Int, $after: String) {
  news(first: $first, after: $after) { nodes { id slug title excerpt publishedAt } pageInfo { endCursor hasNextPage } } }`;
const ARTICLE = `query($slug: String!) { article(slug: $slug) {
  id title slug bodyHtml excerpt photoUrl publishedAt author { id name } kelurahan { name kecamatanName } } }`;
const SEARCH = `query($query: String!) { search(query: $query, kinds: [NEWS]) { hits { kind id title url } } }`;

interface Report {
  id: string;
  title: string;
  status: string;
  slug: string;
  photoUrl: string | null;
  publishedAt: string | null;
  author: { id: string; name: string };
  kelurahan: { name: string; kecamatanName: string };
  latestComment: { comment: string; editor: { name: string } } | null;
}

function readFixture(): { title: string; body: string } {
  const [first, ...rest] = fs.readFileSync(FIXTURE, 'utf8').split('\n');
  return { title: first.replace(/^#\s*/, '').trim(), body: rest.join('\n').trim() };
}

describe('newsroom', () => {
  let app: TestApp;
  let member: { client: GraphqlClient; id: string };
  let editor: { client: GraphqlClient; id: string };

  const submit = async (input: Record<string, unknown>, client = member.client): Promise<Report> =>
    (
      await client.data<{ submitReport: Report }>(SUBMIT, {
        input: { regionCode: TEST_KELURAHAN, ...input },
      })
    ).submitReport;

  const countReports = async (): Promise<number> =>
    (await app.query<{ count: number }>(`SELECT count(*)::int AS count FROM reports`))[0].count;

  beforeAll(async () => {
    app = await startTestApp();
    member = await app.personWithRoles(['MEMBER'], 'Akhyadi Pewarta');
    editor = await app.personWithRoles(['EDITOR'], 'Redaksi KIM');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('takes the 2018 Temu KIM report from a member to the front page and into search', async () => {
    const { title, body } = readFixture();
    const submitted = await submit({ title, body });
    expect(submitted).toMatchObject({
      title: 'Temu KIM Kota Serang di Taman Kreatif Pipitan',
      status: 'SUBMITTED',
      slug: 'temu-kim-kota-serang-di-taman-kreatif-pipitan',
      publishedAt: null,
      author: { id: member.id, name: 'Akhyadi Pewarta' },
      kelurahan: { name: 'Cipocok Jaya', kecamatanName: 'Cipocok Jaya' },
    });

    // Not public while it waits: not in the news, no article, not for another resident.
    const visitor = app.client();
    const before = await visitor.data<{ news: { nodes: Array<{ id: string }> } }>(NEWS);
    expect(before.news.nodes.map((node) => node.id)).not.toContain(submitted.id);
    const hidden = await visitor.request(ARTICLE, { slug: submitted.slug });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const stranger = await app.resident();
    const peek = await stranger.client.request(REPORT, { id: submitted.id });
    expect(peek.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const queue = await editor.client.data<{ reviewQueue: { nodes: Array<{ id: string }> } }>(
      QUEUE,
    );
    expect(queue.reviewQueue.nodes.map((node) => node.id)).toContain(submitted.id);

    const published = await editor.client.data<{ publishReport: Report }>(PUBLISH, {
      id: submitted.id,
    });
    expect(published.publishReport.status).toBe('PUBLISHED');
    expect(published.publishReport.publishedAt).not.toBeNull();

    const news = await visitor.data<{ news: { nodes: Array<{ id: string; excerpt: string }> } }>(
      NEWS,
    );
    expect(news.news.nodes[0].id).toBe(submitted.id);
    expect(news.news.nodes[0].excerpt).toMatch(/^Dalam rangka inovasi Informasi/);

    const article = await visitor.data<{
      article: {
        bodyHtml: string;
        author: Record<string, unknown>;
        kelurahan: unknown;
        publishedAt: string;
      };
    }>(ARTICLE, { slug: submitted.slug });
    expect(article.article.bodyHtml).toContain('<p>Dalam rangka inovasi Informasi');
    expect(article.article.author).toEqual({ id: member.id, name: 'Akhyadi Pewarta' });
    expect(article.article.kelurahan).toEqual({
      name: 'Cipocok Jaya',
      kecamatanName: 'Cipocok Jaya',
    });
    expect(article.article.publishedAt).toBe(published.publishReport.publishedAt);

    const queueAfter = await editor.client.data<{ reviewQueue: { nodes: Array<{ id: string }> } }>(
      QUEUE,
    );
    expect(queueAfter.reviewQueue.nodes.map((node) => node.id)).not.toContain(submitted.id);

    await app.server.app.get(SearchService).drain();
    for (const query of ['Pipitan', 'pewarta warga', 'pewrta']) {
      const found = await visitor.data<{ search: { hits: Array<{ id: string; url: string }> } }>(
        SEARCH,
        { query },
      );
      expect(found.search.hits, query).toContainEqual(
        expect.objectContaining({ id: submitted.id, url: `/berita/${submitted.slug}` }),
      );
    }
  });

  it('sends a report back with a comment, and takes the revised version again', async () => {
    const report = await submit({
      title: 'Kerja bakti di Cipocok',
      body: 'Warga membersihkan saluran air.',
    });

    const missing = await editor.client.request(REQUEST_CHANGES, { id: report.id, comment: '   ' });
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'comment', message: 'Wajib diisi.' }],
    });

    const comment = 'Tambahkan tanggal kegiatan dan nama narasumber.';
    const sent = await editor.client.data<{ requestChanges: Report }>(REQUEST_CHANGES, {
      id: report.id,
      comment,
    });
    expect(sent.requestChanges.status).toBe('CHANGES_REQUESTED');

    const mine = await member.client.data<{
      myReports: {
        nodes: Array<{ id: string; status: string; latestComment: { comment: string } | null }>;
      };
    }>(MY_REPORTS);
    expect(mine.myReports.nodes.find((node) => node.id === report.id)).toEqual({
      id: report.id,
      status: 'CHANGES_REQUESTED',
      latestComment: { comment },
    });

    const twice = await editor.client.request(REQUEST_CHANGES, { id: report.id, comment: 'Lagi.' });
    expect(twice.errors?.[0].extensions?.reason).toBe('REPORT_NOT_REVIEWABLE');
    const early = await editor.client.request(PUBLISH, { id: report.id });
    expect(early.errors?.[0].extensions?.reason).toBe('REPORT_NOT_REVIEWABLE');

    const revised = await member.client.data<{ reviseReport: Report }>(REVISE, {
      id: report.id,
      input: {
        title: 'Kerja bakti warga Cipocok Jaya',
        body: 'Minggu (6/5), warga membersihkan saluran air, kata Pak RT Ahmad.',
        regionCode: TEST_KELURAHAN,
      },
    });
    expect(revised.reviseReport).toMatchObject({
      status: 'SUBMITTED',
      slug: 'kerja-bakti-warga-cipocok-jaya',
      latestComment: { comment, editor: { name: 'Redaksi KIM' } },
    });

    const again = await member.client.request(REVISE, {
      id: report.id,
      input: { title: 'Lagi', body: 'Lagi', regionCode: TEST_KELURAHAN },
    });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REPORT_NOT_EDITABLE',
    });

    const queue = await editor.client.data<{ reviewQueue: { nodes: Array<{ id: string }> } }>(
      QUEUE,
    );
    expect(queue.reviewQueue.nodes.map((node) => node.id)).toContain(report.id);
  });

  it('lets only KIM members submit: a resident is refused and nothing is written', async () => {
    const before = await countReports();
    const resident = await app.resident();
    const refused = await resident.client.request(SUBMIT, {
      input: { title: 'Berita warga', body: 'Isi berita.', regionCode: TEST_KELURAHAN },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MISSING_ROLE',
    });

    const visitor = await app.client().request(SUBMIT, {
      input: { title: 'Berita tamu', body: 'Isi berita.', regionCode: TEST_KELURAHAN },
    });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countReports()).toBe(before);
  });

  it('lets only editors review: a member can neither publish nor see the queue', async () => {
    const report = await submit({ title: 'Pasar murah Kasemen', body: 'Pasar murah digelar.' });

    const publish = await member.client.request(PUBLISH, { id: report.id });
    expect(publish.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MISSING_ROLE',
    });
    const queue = await member.client.request(QUEUE);
    expect(queue.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const [row] = await app.query<{ status: string; published_at: Date | null }>(
      `SELECT status, published_at FROM reports WHERE id = $1`,
      [report.id],
    );
    expect(row).toEqual({ status: 'SUBMITTED', published_at: null });
  });

  it('says in Indonesian that the title is required, and writes nothing', async () => {
    const before = await countReports();
    const result = await member.client.request(SUBMIT, {
      input: { title: '  ', body: 'Isi tanpa judul.', regionCode: TEST_KELURAHAN },
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [{ field: 'title', message: 'Wajib diisi.' }],
    });
    expect(result.errors?.[0].message).toBe('Isian belum benar.');
    expect(await countReports()).toBe(before);
  });

  it("refuses a kelurahan outside Kota Serang and a photo that is not the author's", async () => {
    const before = await countReports();
    const region = await member.client.request(SUBMIT, {
      input: { title: 'Di luar kota', body: 'Isi.', regionCode: '36.01.01.1001' },
    });
    expect(region.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REGION',
    });

    const kecamatan = await member.client.request(SUBMIT, {
      input: { title: 'Kecamatan saja', body: 'Isi.', regionCode: '36.73.05' },
    });
    expect(kecamatan.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const [media] = await app.query<{ id: string }>(
      `INSERT INTO media (owner_id, content_type, width, height, bytes)
       VALUES ($1, 'image/jpeg', 800, 600, 1000) RETURNING id`,
      [editor.id],
    );
    const borrowed = await submit({
      title: 'Foto pinjaman',
      body: 'Isi.',
      photoId: media.id,
    }).catch((error: Error) => error.message);
    expect(borrowed).toContain('UNKNOWN_MEDIA');
    expect(await countReports()).toBe(before);
  });

  it("shows the author's own photo at its media address", async () => {
    const [media] = await app.query<{ id: string }>(
      `INSERT INTO media (owner_id, content_type, width, height, bytes)
       VALUES ($1, 'image/jpeg', 800, 600, 1000) RETURNING id`,
      [member.id],
    );
    const report = await submit({ title: 'Foto kopdar', body: 'Isi.', photoId: media.id });
    expect(report.photoUrl).toBe(`/media/${media.id}`);
  });

  it('never lets script or javascript: links from the body reach the page', async () => {
    const report = await submit({
      title: 'Berita dengan skrip',
      body: 'Halo <script>alert(1)</script> warga.\n\n[klik](javascript:alert(2)) <img src=x onerror=alert(3)>',
    });
    await editor.client.data(PUBLISH, { id: report.id });

    const { article } = await app
      .client()
      .data<{ article: { bodyHtml: string } }>(ARTICLE, { slug: report.slug });
    expect(article.bodyHtml).toContain('Halo');
    expect(article.bodyHtml).not.toMatch(/<script|javascript:|onerror|alert\(1\)/i);
  });

  it('gives a second report with the same title its own address', async () => {
    const first = await submit({ title: 'Lomba Pewarta Warga 2018', body: 'Pertama.' });
    const second = await submit({ title: 'Lomba Pewarta Warga 2018', body: 'Kedua.' });
    expect(first.slug).toBe('lomba-pewarta-warga-2018');
    expect(second.slug).toMatch(/^lomba-pewarta-warga-2018-[0-9a-f]{6}$/);

    const together = await Promise.all(
      [1, 2, 3].map((n) => submit({ title: 'Kopdar KIM Serang', body: `Laporan ${n}.` })),
    );
    expect(new Set(together.map((report) => report.slug)).size).toBe(3);
  });

  it('hides an unpublished report from everyone but its author and editors', async () => {
    const report = await submit({ title: 'Rahasia redaksi', body: 'Belum terbit.' });
    const own = await member.client.data<{ report: { id: string } }>(REPORT, { id: report.id });
    expect(own.report.id).toBe(report.id);
    const byEditor = await editor.client.data<{ report: { id: string } }>(REPORT, {
      id: report.id,
    });
    expect(byEditor.report.id).toBe(report.id);

    const otherMember = await app.personWithRoles(['MEMBER']);
    const unknown = await otherMember.client.request(REPORT, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    const other = await otherMember.client.request(REPORT, { id: report.id });
    expect(other.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const revise = await otherMember.client.request(REVISE, {
      id: report.id,
      input: { title: 'Diambil alih', body: 'Isi.', regionCode: TEST_KELURAHAN },
    });
    expect(revise.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await editor.client.request(PUBLISH, { id: 'bukan-id' })).toMatchObject({
      errors: [
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
      ],
    });
  });

  it('pages through the news newest first without repeating an article', async () => {
    for (const title of ['Halaman satu', 'Halaman dua', 'Halaman tiga']) {
      const report = await submit({ title, body: 'Isi.' });
      await editor.client.data(PUBLISH, { id: report.id });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        news: {
          nodes: Array<{ id: string; publishedAt: string }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await app.client().data(NEWS, { first: 2, after });
      seen.push(...page.news.nodes.map((node) => node.id));
      if (!page.news.pageInfo.hasNextPage) break;
      after = page.news.pageInfo.endCursor;
    }
    const [{ count }] = await app.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM reports WHERE status = 'PUBLISHED'`,
    );
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);

    const bad = await app.client().request(NEWS, { first: 2, after: 'bukan-kursor' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
