import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { type DemoProgress, loadDemo } from './load-demo.js';

describe('demo set', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads people, groups, news with the real report, threads and listings, with progress', async () => {
    const progress: DemoProgress[] = [];
    const { added } = await loadDemo(app.server, (step) => progress.push(step));

    expect(added).toBe(progress.length);
    expect(progress.map((step) => step.step)).toEqual(progress.map((_, index) => index + 1));
    expect(progress.every((step) => step.total === progress.length)).toBe(true);

    const visitor = app.client();
    const home = await visitor.data<{
      news: { nodes: Array<{ title: string }> };
      activeThreads: Array<{ title: string }>;
      newListings: Array<{ title: string; photoUrl: string | null }>;
    }>(
      `{ news(first: 10) { nodes { title } } activeThreads(first: 10) { title } newListings(first: 10) { title photoUrl } }`,
    );
    expect(home.news.nodes.map((item) => item.title)).toContain(
      'Temu KIM Kota Serang di Taman Kreatif Pipitan',
    );
    expect(home.news.nodes).toHaveLength(2);
    expect(home.activeThreads).toHaveLength(3);
    expect(home.newListings).toHaveLength(4);
    expect(home.newListings.every((listing) => listing.photoUrl?.startsWith('/media/'))).toBe(true);

    const found = await visitor.data<{ search: { hits: Array<{ title: string }> } }>(
      `{ search(query: "Pipitan") { hits { title } } }`,
    );
    expect(found.search.hits.map((hit) => hit.title)).toContain(
      'Temu KIM Kota Serang di Taman Kreatif Pipitan',
    );
  });

  it('adds nothing when loaded a second time', async () => {
    const counts = async () =>
      app.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM groups) AS groups,
                (SELECT count(*)::int FROM reports) AS reports, (SELECT count(*)::int FROM forum_posts) AS posts,
                (SELECT count(*)::int FROM listings) AS listings, (SELECT count(*)::int FROM media) AS media`,
      );
    const before = await counts();
    const progress: DemoProgress[] = [];
    const { added } = await loadDemo(app.server, (step) => progress.push(step));

    expect(added).toBe(0);
    expect(progress.every((step) => !step.added)).toBe(true);
    expect(await counts()).toEqual(before);
  });
});
