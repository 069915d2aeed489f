import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN, TEST_KELURAHAN, type TestApp } from '../../../test/test-app.js';
import { GraphqlClient } from '../../common/graphql/graphql-http-client.js';
import { IdentityService } from './identity.service.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { id name email roles kelurahan { name } } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const ME = `{ me { id name email roles } }`;

describe('identity', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('registers a resident, signs them in with a cookie, and knows them as `me`', async () => {
    const client = app.client();
    const data = await client.data<{
      register: { email: string; roles: string[]; kelurahan: { name: string } };
    }>(REGISTER, {
      input: {
        name: 'Siti Aminah',
        email: 'Siti@Contoh.id',
        password: 'kopdar-pipitan-2018',
        regionCode: TEST_KELURAHAN,
      },
    });
    expect(data.register).toMatchObject({
      email: 'siti@contoh.id',
      roles: ['RESIDENT'],
      kelurahan: { name: 'Cipocok Jaya' },
    });

    const me = await client.data<{ me: { name: string } }>(ME);
    expect(me.me.name).toBe('Siti Aminah');

    const [row] = await app.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE email = $1`,
      ['siti@contoh.id'],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a taken e-mail, in Indonesian, and writes nothing', async () => {
    const input = {
      name: 'A',
      email: 'ganda@contoh.id',
      password: 'kata-sandi-123',
      regionCode: TEST_KELURAHAN,
    };
    await app.client().data(REGISTER, { input });
    const again = await app
      .client()
      .request(REGISTER, { input: { ...input, name: 'B', email: 'GANDA@contoh.id' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    expect(again.errors?.[0].message).toContain('sudah terdaftar');
    const rows = await app.query(`SELECT 1 FROM users WHERE lower(email) = 'ganda@contoh.id'`);
    expect(rows).toHaveLength(1);
  });

  it('refuses a weak password and says what a strong one needs, in English when asked', async () => {
    const result = await app.client('en').request(REGISTER, {
      input: {
        name: 'Budi',
        email: 'budi@contoh.id',
        password: 'pendek',
        regionCode: TEST_KELURAHAN,
      },
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WEAK_PASSWORD',
    });
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'password', message: 'At least 10 characters, with letters and digits.' },
    ]);
    expect(await app.query(`SELECT 1 FROM users WHERE email = 'budi@contoh.id'`)).toHaveLength(0);
  });

  it('refuses an unknown kelurahan', async () => {
    const result = await app.client().request(REGISTER, {
      input: {
        name: 'Budi',
        email: 'budi2@contoh.id',
        password: 'kata-sandi-123',
        regionCode: '36.01.01.1001',
      },
    });
    expect(result.errors?.[0].extensions?.reason).toBe('UNKNOWN_REGION');
  });

  it('answers a wrong password and an unknown e-mail with the same message', async () => {
    const { email } = await app.resident();
    const wrongPassword = await app
      .client()
      .request(LOG_IN, { input: { email, password: 'salah-sekali-123' } });
    const unknownEmail = await app
      .client()
      .request(LOG_IN, { input: { email: 'tidak-ada@contoh.id', password: 'salah-sekali-123' } });
    expect(wrongPassword.errors?.[0].message).toBe('E-mail atau kata sandi salah.');
    expect(unknownEmail.errors?.[0].message).toBe(wrongPassword.errors?.[0].message);
    expect(wrongPassword.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops accepting passwords for an e-mail from an address that keeps guessing, but not from the owner', async () => {
    const { email } = await app.resident();
    const guesser = () => new GraphqlClient(app.url, 'id', { 'x-forwarded-for': '198.51.100.7' });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await guesser().request(LOG_IN, { input: { email, password: 'salah-sekali-123' } });
    }

    const locked = await guesser().request(LOG_IN, {
      input: { email, password: 'rahasia-kuat-123' },
    });
    expect(locked.errors?.[0].extensions?.reason).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].message).toBe('Terlalu sering. Coba lagi sebentar lagi.');

    const owner = new GraphqlClient(app.url, 'id', { 'x-forwarded-for': '198.51.100.8' });
    const ownLogin = await owner.request(LOG_IN, {
      input: { email, password: 'rahasia-kuat-123' },
    });
    expect(ownLogin.errors).toBeUndefined();
  });

  it('pauses an account that takes 100 wrong passwords from many addresses, owner included', async () => {
    const { email } = await app.resident();
    for (let address = 1; address <= 10; address += 1) {
      const guesser = new GraphqlClient(app.url, 'id', {
        'x-forwarded-for': `203.0.113.${address}`,
      });
      await Promise.all(
        Array.from({ length: 10 }, () =>
          guesser.request(LOG_IN, { input: { email, password: 'salah-sekali-123' } }),
        ),
      );
    }
    const owner = new GraphqlClient(app.url, 'id', { 'x-forwarded-for': '203.0.113.99' });
    const paused = await owner.request(LOG_IN, { input: { email, password: 'rahasia-kuat-123' } });
    expect(paused.errors?.[0].extensions?.reason).toBe('RATE_LIMITED');
  });

  it('logs out: the cookie no longer signs anyone in', async () => {
    const { client } = await app.resident();
    await client.data(`mutation { logOut }`);
    const me = await client.data<{ me: unknown }>(ME);
    expect(me.me).toBeNull();
  });

  it('lets only administrators grant roles, and hides e-mails from other people', async () => {
    const resident = await app.resident();
    const other = await app.resident();
    const denied = await resident.client.request(
      `mutation($input: SetRoleInput!) { setRole(input: $input) { id } }`,
      {
        input: { userId: other.id, role: 'EDITOR', granted: true },
      },
    );
    expect(denied.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MISSING_ROLE',
    });

    const admin = await app.admin();
    const granted = await admin.data<{ setRole: { roles: string[]; email: string } }>(
      `mutation($input: SetRoleInput!) { setRole(input: $input) { roles email } }`,
      { input: { userId: other.id, role: 'EDITOR', granted: true } },
    );
    expect(granted.setRole.roles).toEqual(['EDITOR', 'RESIDENT']);
    expect(granted.setRole.email).toBe(other.email);

    const listed = await resident.client.request(`{ users { id } }`);
    expect(listed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects queries nested beyond the depth limit before running them', async () => {
    const deep = `{ me { kelurahan { name } } kecamatan { kelurahan { name } } }`;
    expect((await app.client().request(deep)).errors).toBeUndefined();
    const tooDeep = `query { __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`;
    const result = await app.client().request(tooDeep);
    expect(result.errors?.[0].message).toMatch(/nested \d+ levels deep/);
  });

  it('refuses to take the role from the last administrator, and allows it once another exists', async () => {
    const admin = await app.admin();
    const me = await admin.data<{ me: { id: string } }>(ME);
    const SET_ROLE = `mutation($input: SetRoleInput!) { setRole(input: $input) { roles } }`;

    const refused = await admin.request(SET_ROLE, {
      input: { userId: me.me.id, role: 'ADMINISTRATOR', granted: false },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LAST_ADMINISTRATOR',
    });
    expect(refused.errors?.[0].message).toContain('administrator terakhir');
    const [row] = await app.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM user_roles WHERE role = 'ADMINISTRATOR'`,
    );
    expect(row.count).toBe(1);

    const second = await app.resident('Admin Kedua');
    await admin.data(SET_ROLE, {
      input: { userId: second.id, role: 'ADMINISTRATOR', granted: true },
    });
    const stepDown = await admin.data<{ setRole: { roles: string[] } }>(SET_ROLE, {
      input: { userId: me.me.id, role: 'ADMINISTRATOR', granted: false },
    });
    expect(stepDown.setRole.roles).not.toContain('ADMINISTRATOR');

    // The second administrator restores the first, so later tests keep their administrator.
    await second.client.data(SET_ROLE, {
      input: { userId: me.me.id, role: 'ADMINISTRATOR', granted: true },
    });
  });

  it('gives the role back to the configured account on start when no administrator is left, keeping its password', async () => {
    const identity = app.server.app.get(IdentityService);
    await app.query(`DELETE FROM user_roles WHERE role = 'ADMINISTRATOR'`);

    const result = await identity.ensureAdministrator(TEST_ADMIN.email, undefined);

    expect(result).toEqual({ outcome: 'restored', password: undefined });
    const admin = await app.admin();
    const me = await admin.data<{ me: { roles: string[] } }>(ME);
    expect(me.me.roles).toContain('ADMINISTRATOR');
  });
});

describe('sign-up limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ SIGNUPS_PER_ADDRESS_PER_HOUR: '3' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses more accounts from one address in an hour than the limit, and no account is created', async () => {
    const signUp = (address: string, n: number) =>
      new GraphqlClient(app.url, 'id', { 'x-forwarded-for': address }).request(REGISTER, {
        input: {
          name: `Warga ${n}`,
          email: `warga${n}@contoh.id`,
          password: 'kata-sandi-123',
          regionCode: TEST_KELURAHAN,
        },
      });
    for (let n = 1; n <= 3; n += 1)
      expect((await signUp('198.51.100.20', n)).errors).toBeUndefined();

    const fourth = await signUp('198.51.100.20', 4);
    expect(fourth.errors?.[0].extensions?.reason).toBe('RATE_LIMITED');
    expect(await app.query(`SELECT 1 FROM users WHERE email = 'warga4@contoh.id'`)).toHaveLength(0);

    expect((await signUp('198.51.100.21', 5)).errors).toBeUndefined();
  });
});
