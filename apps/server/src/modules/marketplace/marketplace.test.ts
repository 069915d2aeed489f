import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_KELURAHAN, type TestApp } from '../../../test/test-app.js';
import type { GraphqlClient } from '../../common/graphql/graphql-http-client.js';
import { SearchService } from '../search/search.service.js';
import { MarketplaceService } from './marketplace.service.js';

const CREATE_LISTING = `mutation($input: CreateListingInput!) {
  createListing(input: $input) {
    id title descriptionHtml price stock photoUrl category { slug name } group { name slug }
  }
}`;
const LISTING = `query($id: ID!) {
  listing(id: $id) { title description descriptionHtml price stock photoUrl category { slug name listingCount } group { name slug } }
}`;
const LISTINGS = `query($categorySlug: String, $first: Int, $after: String) {
  listings(categorySlug: $categorySlug, first: $first, after: $after) {
    nodes { id title } pageInfo { endCursor hasNextPage }
  }
}`;

interface Seller {
  client: GraphqlClient;
  id: string;
  groupId: string;
}

describe('marketplace', () => {
  let app: TestApp;
  let seller: Seller;

  async function groupWithMember(name: string): Promise<Seller> {
    const admin = await app.admin();
    const { createGroup } = await admin.data<{ createGroup: { id: string } }>(
      `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
      {
        input: {
          name,
          regionCode: TEST_KELURAHAN,
          decreeNumber: '800/12/2018',
          decreeDate: '2018-04-23',
        },
      },
    );
    const person = await app.resident('Ibu Penjual');
    await admin.data(
      `mutation($g: ID!, $u: ID!) { addGroupMember(groupId: $g, userId: $u) { id } }`,
      {
        g: createGroup.id,
        u: person.id,
      },
    );
    return { client: person.client, id: person.id, groupId: createGroup.id };
  }

  const listingInput = (groupId: string, overrides: Record<string, unknown> = {}) => ({
    groupId,
    title: 'Tas anyaman pandan',
    description: 'Dianyam tangan oleh ibu-ibu **Pipitan**.',
    categorySlug: 'kerajinan',
    price: 150000,
    stock: 12,
    ...overrides,
  });

  const listingCount = async () =>
    (await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM listings`))[0].n;

  beforeAll(async () => {
    app = await startTestApp();
    seller = await groupWithMember('KIM Pipitan');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('seeds the four categories once, named in the language of the asker', async () => {
    const id = await app
      .client('id')
      .data<{ listingCategories: Array<{ slug: string; name: string }> }>(
        `{ listingCategories { slug name listingCount } }`,
      );
    expect(id.listingCategories.map((category) => category.slug)).toEqual([
      'kerajinan',
      'makanan',
      'sketsa',
      'fotografi',
    ]);
    const en = await app
      .client('en')
      .data<{ listingCategories: Array<{ name: string }> }>(`{ listingCategories { name } }`);
    expect(en.listingCategories.map((category) => category.name)).toEqual([
      'Crafts',
      'Food',
      'Sketches',
      'Photography',
    ]);

    await app.server.app.get(MarketplaceService).onApplicationBootstrap();
    expect(await app.query(`SELECT 1 FROM listing_categories`)).toHaveLength(4);
  });

  it('lets a member list an item with a photo; it shows in its category and on its own page', async () => {
    const photo = await sharp({
      create: { width: 900, height: 600, channels: 3, background: 'orange' },
    })
      .png()
      .toBuffer();
    const uploaded = (await (await seller.client.upload('tas.png', photo, 'image/png')).json()) as {
      id: string;
    };

    const { createListing } = await seller.client.data<{ createListing: { id: string } }>(
      CREATE_LISTING,
      {
        input: listingInput(seller.groupId, {
          photoId: uploaded.id,
          description: 'Dianyam tangan oleh ibu-ibu **Pipitan**. <script>alert(1)</script>',
        }),
      },
    );

    const inCategory = await app
      .client()
      .data<{ listings: { nodes: Array<{ id: string }> } }>(LISTINGS, {
        categorySlug: 'kerajinan',
      });
    expect(inCategory.listings.nodes.map((node) => node.id)).toContain(createListing.id);
    const inOther = await app
      .client()
      .data<{ listings: { nodes: Array<{ id: string }> } }>(LISTINGS, {
        categorySlug: 'makanan',
      });
    expect(inOther.listings.nodes.map((node) => node.id)).not.toContain(createListing.id);

    const { listing } = await app
      .client()
      .data<{ listing: Record<string, unknown> }>(LISTING, { id: createListing.id });
    expect(listing).toMatchObject({
      title: 'Tas anyaman pandan',
      price: 150000,
      stock: 12,
      photoUrl: `/media/${uploaded.id}`,
      category: { slug: 'kerajinan', name: 'Kerajinan' },
      group: { name: 'KIM Pipitan', slug: 'kim-pipitan' },
    });
    expect(listing.descriptionHtml).toContain('<strong>Pipitan</strong>');
    expect(listing.descriptionHtml).not.toMatch(/script|alert/);

    const [row] = await app.query<{ price: string }>(
      `SELECT price::text FROM listings WHERE id = $1`,
      [createListing.id],
    );
    expect(row.price).toBe('150000');
  });

  it.each([
    ['a negative price', { price: -5000 }, /Harga harus bilangan bulat rupiah/],
    ['a fractional price', { price: 1500.5 }, /Harga harus bilangan bulat rupiah/],
    ['a price written as text', { price: '150000' }, /Harga harus bilangan bulat rupiah/],
  ])('refuses %s with a clear error and writes nothing', async (_name, overrides, message) => {
    const before = await listingCount();
    const result = await seller.client.request(CREATE_LISTING, {
      input: listingInput(seller.groupId, overrides),
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(message);
    expect(await listingCount()).toBe(before);
  });

  it('refuses a fractional price written into the query itself', async () => {
    const result = await seller.client.request(
      `mutation { createListing(input: { groupId: "${seller.groupId}", title: "Kue", description: "Enak",
        categorySlug: "makanan", price: 1500.5, stock: 1 }) { id } }`,
    );
    expect(result.errors?.[0].message).toMatch(/Harga harus bilangan bulat rupiah/);
  });

  it('refuses an empty title, naming the field, and writes nothing', async () => {
    const before = await listingCount();
    const result = await seller.client.request(CREATE_LISTING, {
      input: listingInput(seller.groupId, { title: '   ' }),
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [{ field: 'title', message: 'Wajib diisi.' }],
    });
    expect(await listingCount()).toBe(before);
  });

  it('refuses an unknown category and someone else’s photo', async () => {
    const unknown = await seller.client.request(CREATE_LISTING, {
      input: listingInput(seller.groupId, { categorySlug: 'senjata' }),
    });
    expect(unknown.errors?.[0].extensions?.reason).toBe('UNKNOWN_CATEGORY');

    const other = await app.personWithRoles(['MEMBER']);
    const photo = await sharp({ create: { width: 40, height: 40, channels: 3, background: 'red' } })
      .png()
      .toBuffer();
    const { id } = (await (
      await other.client.upload('milik-orang.png', photo, 'image/png')
    ).json()) as { id: string };
    const borrowed = await seller.client.request(CREATE_LISTING, {
      input: listingInput(seller.groupId, { photoId: id }),
    });
    expect(borrowed.errors?.[0].extensions?.reason).toBe('UNKNOWN_MEDIA');
  });

  it('refuses a listing from someone outside the group, and from a visitor', async () => {
    const before = await listingCount();
    const outsider = await app.resident();
    const denied = await outsider.client.request(CREATE_LISTING, {
      input: listingInput(seller.groupId),
    });
    expect(denied.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_GROUP_MEMBER',
    });
    expect(denied.errors?.[0].message).toBe('Hanya anggota KIM yang dapat melakukan ini.');

    const otherGroup = await groupWithMember('KIM Lain');
    const wrongGroup = await otherGroup.client.request(CREATE_LISTING, {
      input: listingInput(seller.groupId),
    });
    expect(wrongGroup.errors?.[0].extensions?.reason).toBe('NOT_GROUP_MEMBER');

    const withdrawn = await groupWithMember('KIM Peran Dicabut');
    const admin = await app.admin();
    await admin.data(`mutation($input: SetRoleInput!) { setRole(input: $input) { id } }`, {
      input: { userId: withdrawn.id, role: 'MEMBER', granted: false },
    });
    const afterWithdrawal = await withdrawn.client.request(CREATE_LISTING, {
      input: listingInput(withdrawn.groupId),
    });
    expect(afterWithdrawal.errors?.[0].extensions?.reason).toBe('NOT_GROUP_MEMBER');

    const visitor = await app
      .client()
      .request(CREATE_LISTING, { input: listingInput(seller.groupId) });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await listingCount()).toBe(before);
  });

  it('lets an administrator list for a group, but nobody for an unverified one', async () => {
    const admin = await app.admin();
    await admin.data(CREATE_LISTING, {
      input: listingInput(seller.groupId, { title: 'Kopi robusta Serang' }),
    });

    const unverified = await groupWithMember('KIM Baru');
    await app.query(`UPDATE groups SET verified = false WHERE id = $1`, [unverified.groupId]);
    const refused = await unverified.client.request(CREATE_LISTING, {
      input: listingInput(unverified.groupId),
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'GROUP_NOT_VERIFIED',
    });
  });

  it('pages through listings newest first without skipping or repeating', async () => {
    const titles = [
      'Sketsa Benteng Speelwijk',
      'Sketsa Masjid Agung Banten',
      'Sketsa Keraton Kaibon',
    ];
    for (const title of titles) {
      await seller.client.data(CREATE_LISTING, {
        input: listingInput(seller.groupId, { title, categorySlug: 'sketsa' }),
      });
    }
    type Page = {
      listings: {
        nodes: Array<{ title: string }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const first = await app.client().data<Page>(LISTINGS, { categorySlug: 'sketsa', first: 2 });
    expect(first.listings.nodes.map((node) => node.title)).toEqual([titles[2], titles[1]]);
    expect(first.listings.pageInfo.hasNextPage).toBe(true);
    const second = await app.client().data<Page>(LISTINGS, {
      categorySlug: 'sketsa',
      first: 2,
      after: first.listings.pageInfo.endCursor,
    });
    expect(second.listings.nodes.map((node) => node.title)).toEqual([titles[0]]);
    expect(second.listings.pageInfo.hasNextPage).toBe(false);

    const home = await app
      .client()
      .data<{ newListings: Array<{ title: string }> }>(`{ newListings(first: 1) { title } }`);
    expect(home.newListings).toEqual([{ title: titles[2] }]);

    const counts = await app
      .client()
      .data<{ listingCategories: Array<{ slug: string; listingCount: number }> }>(
        `{ listingCategories { slug listingCount } }`,
      );
    expect(
      counts.listingCategories.find((category) => category.slug === 'sketsa')?.listingCount,
    ).toBe(3);

    const broken = await app.client().request(LISTINGS, { after: 'bukan-kursor' });
    expect(broken.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages through listings put up in the same millisecond, each exactly once', async () => {
    const ids: string[] = [];
    for (const title of ['Foto Alun-alun', 'Foto Stasiun Serang', 'Foto Pasar Rau']) {
      const { createListing } = await seller.client.data<{ createListing: { id: string } }>(
        CREATE_LISTING,
        { input: listingInput(seller.groupId, { title, categorySlug: 'fotografi' }) },
      );
      ids.push(createListing.id);
    }
    await app.query(
      `UPDATE listings
          SET created_at = timestamptz '2025-06-01 10:00:00.123400+00'
                           + make_interval(secs => array_position($1::uuid[], id) / 1000000.0)
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        listings: {
          nodes: Array<{ id: string }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await app.client().data(LISTINGS, { categorySlug: 'fotografi', first: 1, after });
      seen.push(...page.listings.nodes.map((node) => node.id));
      if (!page.listings.pageInfo.hasNextPage) break;
      after = page.listings.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());

    const empty = await app.client().request(LISTINGS, { categorySlug: 'fotografi', first: 0 });
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
    });
  });

  it('makes a listing findable by search', async () => {
    const { createListing } = await seller.client.data<{ createListing: { id: string } }>(
      CREATE_LISTING,
      {
        input: listingInput(seller.groupId, {
          title: 'Emping melinjo Banten',
          description: 'Renyah, digoreng tanpa pengawet.',
          categorySlug: 'makanan',
        }),
      },
    );
    await app.server.app.get(SearchService).drain();
    const found = await app
      .client()
      .data<{ search: { hits: Array<{ kind: string; id: string; url: string }> } }>(
        `{ search(query: "emping melinjo") { hits { kind id url } } }`,
      );
    expect(found.search.hits).toContainEqual({
      kind: 'LISTING',
      id: createListing.id,
      url: `/pasar/${createListing.id}`,
    });
  });

  it('answers null for an unknown listing', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'bukan-id']) {
      const { listing } = await app.client().data<{ listing: unknown }>(LISTING, { id });
      expect(listing).toBeNull();
    }
  });
});
