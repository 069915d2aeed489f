import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

describe('health and request tracing', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reports the database and search as up', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      checks: { database: 'up', search: 'up' },
      searchEngine: 'meilisearch',
    });
  });

  it('answers liveness without touching dependencies', async () => {
    const response = await fetch(`${app.url}/health/live`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('gives every response a request id, keeping a sane one the caller sent', async () => {
    const fresh = await fetch(`${app.url}/health/live`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const traced = await fetch(`${app.url}/health/live`, {
      headers: { 'x-request-id': 'proxy-1234abcd' },
    });
    expect(traced.headers.get('x-request-id')).toBe('proxy-1234abcd');

    const hostile = await fetch(`${app.url}/health/live`, {
      headers: { 'x-request-id': 'bad id with spaces and /slashes/' },
    });
    expect(hostile.headers.get('x-request-id')).not.toContain('bad');
  });

  it('refuses a GraphQL mutation sent as a plain cross-site form post (CSRF)', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logOut }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Cross-Site Request Forgery');
  });

  it('refuses a NUL character anywhere in a GraphQL request as bad input, in the user language', async () => {
    const query = `query($slug: String!) { forumCategory(slug: $slug) { id } }`;
    const inVariable = await app.client().request(query, { slug: 'umum\u0000' });
    expect(inVariable.errors?.[0]).toMatchObject({
      message: 'Isian memuat karakter yang tidak diizinkan.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'FORBIDDEN_CHARACTERS' },
    });
    const inQuery = await app.client('en').request(`{ forumCategory(slug: "umum\\u0000") { id } }`);
    expect(inQuery.errors?.[0].message).toBe('The input contains characters that are not allowed.');
  });

  it('never shows a stack trace or SQL for a malformed request', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ me { id } ',
    });
    const text = await response.text();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(text).not.toMatch(/at .*\.(js|ts):\d+|SELECT|node_modules/);
  });
});

describe('health when search is down', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ MEILI_HOST: 'http://127.0.0.1:9' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('says the product is degraded and names search as down, with 503', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'degraded',
      checks: { database: 'up', search: 'down' },
    });
  });
});

describe('logging', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({}, { captureLogs: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('logs a refused request at debug level with its request id, never as an error', async () => {
    const result = await app
      .client()
      .request(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, {
        input: { email: 'tidak-ada@contoh.id', password: 'salah-sekali-123' },
      });
    expect(result.errors?.[0].extensions?.reason).toBe('WRONG_CREDENTIALS');

    const refused = app.logs.filter((line) => line.msg === 'request refused');
    expect(refused).toEqual([expect.objectContaining({ level: 20, reason: 'WRONG_CREDENTIALS' })]);
    expect(refused[0].requestId).toEqual(expect.any(String));
    expect(app.logs.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });
});
