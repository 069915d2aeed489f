import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_KELURAHAN, type TestApp } from '../../../test/test-app.js';

const CREATE_GROUP = `mutation($input: CreateGroupInput!) {
  createGroup(input: $input) { id name slug decreeNumber decreeDate verified memberCount kelurahan { name } }
}`;
const ADD_MEMBER = `mutation($groupId: ID!, $userId: ID!, $isAdmin: Boolean) {
  addGroupMember(groupId: $groupId, userId: $userId, isAdmin: $isAdmin) { id memberCount }
}`;
const ME = `{ me { roles } }`;

const groupInput = (name: string) => ({
  name,
  regionCode: TEST_KELURAHAN,
  decreeNumber: '800/Kep.123-Huk/2018',
  decreeDate: '2018-04-23',
});

describe('groups', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lets an administrator register a KIM and add a member, who becomes a MEMBER', async () => {
    const admin = await app.admin();
    const { createGroup } = await admin.data<{ createGroup: { id: string; slug: string } }>(
      CREATE_GROUP,
      {
        input: groupInput('KIM Cipocok Jaya'),
      },
    );
    expect(createGroup).toMatchObject({
      slug: 'kim-cipocok-jaya',
      decreeNumber: '800/Kep.123-Huk/2018',
      decreeDate: '2018-04-23',
      verified: true,
      memberCount: 0,
      kelurahan: { name: 'Cipocok Jaya' },
    });

    const person = await app.resident('Ahmad Fauzi');
    const added = await admin.data<{ addGroupMember: { memberCount: number } }>(ADD_MEMBER, {
      groupId: createGroup.id,
      userId: person.id,
    });
    expect(added.addGroupMember.memberCount).toBe(1);
    expect((await person.client.data<{ me: { roles: string[] } }>(ME)).me.roles).toEqual([
      'MEMBER',
      'RESIDENT',
    ]);

    const mine = await person.client.data<{ myGroups: Array<{ slug: string }> }>(
      `{ myGroups { slug } }`,
    );
    expect(mine.myGroups).toEqual([{ slug: 'kim-cipocok-jaya' }]);
    const one = await app
      .client()
      .data<{ group: { name: string; memberCount: number } }>(
        `query($slug: String!) { group(slug: $slug) { name memberCount } }`,
        { slug: 'kim-cipocok-jaya' },
      );
    expect(one.group).toEqual({ name: 'KIM Cipocok Jaya', memberCount: 1 });
  });

  it('makes a group administrator a GROUP_ADMIN too, and refuses adding the same person twice', async () => {
    const admin = await app.admin();
    const { createGroup } = await admin.data<{ createGroup: { id: string } }>(CREATE_GROUP, {
      input: groupInput('KIM Penggerak'),
    });
    const person = await app.resident();
    await admin.data(ADD_MEMBER, { groupId: createGroup.id, userId: person.id, isAdmin: true });
    expect((await person.client.data<{ me: { roles: string[] } }>(ME)).me.roles).toEqual([
      'GROUP_ADMIN',
      'MEMBER',
      'RESIDENT',
    ]);

    const again = await admin.request(ADD_MEMBER, { groupId: createGroup.id, userId: person.id });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_MEMBER',
    });
    expect(again.errors?.[0].message).toBe('Orang ini sudah menjadi anggota KIM tersebut.');
  });

  it('gives a same-named group in another kelurahan its own slug', async () => {
    const admin = await app.admin();
    const first = await admin.data<{ createGroup: { slug: string } }>(CREATE_GROUP, {
      input: groupInput('KIM Kembar'),
    });
    const second = await admin.data<{ createGroup: { slug: string } }>(CREATE_GROUP, {
      input: { ...groupInput('KIM Kembar'), regionCode: '36.73.03.1014' },
    });
    expect([first.createGroup.slug, second.createGroup.slug]).toEqual([
      'kim-kembar',
      'kim-kembar-2',
    ]);
  });

  it('refuses a second KIM of the same name in the same kelurahan, whatever the letter case', async () => {
    const admin = await app.admin();
    await admin.data(CREATE_GROUP, { input: groupInput('KIM Sumur Pecung') });
    const twin = await admin.request(CREATE_GROUP, { input: groupInput('kim sumur PECUNG') });
    expect(twin.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'GROUP_NAME_TAKEN',
    });
    expect(twin.errors?.[0].message).toBe('Sudah ada KIM dengan nama ini.');
    const rows = await app.query(`SELECT 1 FROM groups WHERE lower(name) = 'kim sumur pecung'`);
    expect(rows).toHaveLength(1);
  });

  it('refuses group registration and membership changes from anyone but an administrator, writing nothing', async () => {
    const admin = await app.admin();
    const { createGroup } = await admin.data<{ createGroup: { id: string } }>(CREATE_GROUP, {
      input: groupInput('KIM Tertutup'),
    });
    const resident = await app.resident();

    const denied = await resident.client.request(CREATE_GROUP, { input: groupInput('KIM Liar') });
    expect(denied.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MISSING_ROLE',
    });
    expect(await app.query(`SELECT 1 FROM groups WHERE name = 'KIM Liar'`)).toHaveLength(0);

    const selfAdd = await resident.client.request(ADD_MEMBER, {
      groupId: createGroup.id,
      userId: resident.id,
    });
    expect(selfAdd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      await app.query(`SELECT 1 FROM group_members WHERE user_id = $1`, [resident.id]),
    ).toHaveLength(0);
    expect(
      await app.query(`SELECT 1 FROM user_roles WHERE user_id = $1 AND role = 'MEMBER'`, [
        resident.id,
      ]),
    ).toHaveLength(0);

    const visitor = await app.client().request(CREATE_GROUP, { input: groupInput('KIM Tamu') });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an empty name, a kecamatan instead of a kelurahan, and unknown people', async () => {
    const admin = await app.admin();
    const empty = await admin.request(CREATE_GROUP, {
      input: { ...groupInput('  '), decreeDate: '23-04-2018' },
    });
    expect(empty.errors?.[0].extensions?.fields).toEqual([
      { field: 'name', message: 'Wajib diisi.' },
      { field: 'decreeDate', message: 'Tanggal tidak valid.' },
    ]);

    const kecamatan = await admin.request(CREATE_GROUP, {
      input: { ...groupInput('KIM Kecamatan'), regionCode: '36.73.05.0000' },
    });
    expect(kecamatan.errors?.[0].extensions?.reason).toBe('UNKNOWN_REGION');
    expect(await app.query(`SELECT 1 FROM groups WHERE name = 'KIM Kecamatan'`)).toHaveLength(0);

    const { createGroup } = await admin.data<{ createGroup: { id: string } }>(CREATE_GROUP, {
      input: groupInput('KIM Sepi'),
    });
    const unknown = await admin.request(ADD_MEMBER, {
      groupId: createGroup.id,
      userId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      await app.query(`SELECT 1 FROM group_members WHERE group_id = $1`, [createGroup.id]),
    ).toHaveLength(0);
  });

  it('lists groups publicly and asks visitors to sign in for their own groups', async () => {
    const listed = await app
      .client()
      .data<{ groups: Array<{ name: string }> }>(`{ groups { name memberCount } }`);
    expect(listed.groups.map((group) => group.name)).toContain('KIM Cipocok Jaya');
    const mine = await app.client().request(`{ myGroups { slug } }`);
    expect(mine.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await app
      .client()
      .data<{ group: unknown }>(`{ group(slug: "tidak-ada") { id } }`);
    expect(missing.group).toBeNull();
  });
});
