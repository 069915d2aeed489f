import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { Role } from '@sim-se/shared';
import { GraphqlClient } from '../common/graphql/graphql-http-client.js';
import { projectRoot } from '../config/app-config.js';
import { IdentityService } from '../modules/identity/identity.service.js';
import { SESSION_COOKIE } from '../modules/identity/session.middleware.js';
import { SearchService } from '../modules/search/search.service.js';
import type { RunningServer } from '../server.js';
import {
  DEMO_EMAIL_DOMAIN,
  DEMO_GROUPS,
  DEMO_LISTINGS,
  DEMO_PEOPLE,
  DEMO_REPORTS,
  DEMO_THREADS,
  type DemoListing,
  type DemoReport,
} from './demo-content.js';

export interface DemoProgress {
  step: number;
  total: number;
  label: string;
  /** False when the item was already there and nothing was added. */
  added: boolean;
}

/**
 * Loads the demo set through the public GraphQL API, as its fictional people would, so
 * every rule (validation, roles, search outbox) applies. Items already present are skipped,
 * so a second run adds nothing and an interrupted run completes.
 */
export async function loadDemo(
  server: RunningServer,
  onProgress: (progress: DemoProgress) => void,
): Promise<{ added: number }> {
  const dataSource = server.app.get(DataSource);
  const identity = server.app.get(IdentityService);
  const total =
    DEMO_PEOPLE.length +
    DEMO_GROUPS.length +
    DEMO_REPORTS.length +
    DEMO_THREADS.length +
    DEMO_LISTINGS.length;
  let step = 0;
  let added = 0;
  const report = (label: string, wasAdded: boolean) => {
    step += 1;
    if (wasAdded) added += 1;
    onProgress({ step, total, label, added: wasAdded });
  };

  const sessionClient = async (userId: string): Promise<GraphqlClient> => {
    const session = await identity.openSessionFor(userId);
    const client = new GraphqlClient(server.url);
    client.useCookie(SESSION_COOKIE, session.token);
    return client;
  };
  const firstId = async (sql: string, params: unknown[]): Promise<string | null> => {
    const rows: Array<{ id: string }> = await dataSource.query(sql, params);
    return rows[0]?.id ?? null;
  };

  const administratorId = await firstId(
    `SELECT user_id AS id FROM user_roles WHERE role = $1 ORDER BY granted_at LIMIT 1`,
    [Role.ADMINISTRATOR],
  );
  if (!administratorId) throw new Error('no administrator exists yet; start SIM-SE once first');
  const administrator = await sessionClient(administratorId);

  const people = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const email = `${person.key}@${DEMO_EMAIL_DOMAIN}`;
    let id = await firstId(`SELECT id FROM users WHERE email = $1`, [email]);
    const wasAdded = !id;
    if (!id) {
      // Demo people never log in with a password; the loader acts for them with sessions.
      const password = `${randomBytes(18).toString('base64url')}9z`;
      const data = await new GraphqlClient(server.url).data<{ register: { id: string } }>(
        `mutation($input: RegisterInput!) { register(input: $input) { id } }`,
        { input: { name: person.name, email, password, regionCode: person.regionCode } },
      );
      id = data.register.id;
      for (const role of person.roles) {
        await administrator.data(
          `mutation($input: SetRoleInput!) { setRole(input: $input) { id } }`,
          {
            input: { userId: id, role, granted: true },
          },
        );
      }
    }
    people.set(person.key, id);
    report(person.name, wasAdded);
  }

  const groups = new Map<string, string>();
  for (const group of DEMO_GROUPS) {
    let id = await firstId(`SELECT id FROM groups WHERE name = $1`, [group.name]);
    const wasAdded = !id;
    if (!id) {
      const { members, ...input } = group;
      const data = await administrator.data<{ createGroup: { id: string } }>(
        `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
        { input },
      );
      id = data.createGroup.id;
      for (const member of members) {
        await administrator.data(
          `mutation($groupId: ID!, $userId: ID!, $isAdmin: Boolean!) {
             addGroupMember(groupId: $groupId, userId: $userId, isAdmin: $isAdmin) { id } }`,
          { groupId: id, userId: people.get(member.person), isAdmin: member.isAdmin },
        );
      }
    }
    groups.set(group.name, id);
    report(group.name, wasAdded);
  }

  const editor = await sessionClient(people.get('dewi')!);
  for (const item of DEMO_REPORTS) {
    const { title, body } = reportText(item);
    const existing: Array<{ id: string; status: string }> = await dataSource.query(
      `SELECT id, status FROM reports WHERE title = $1`,
      [title],
    );
    let id = existing[0]?.id;
    if (!id) {
      const author = await sessionClient(people.get(item.author)!);
      const data = await author.data<{ submitReport: { id: string } }>(
        `mutation($input: ReportInput!) { submitReport(input: $input) { id } }`,
        { input: { title, body, regionCode: item.regionCode } },
      );
      id = data.submitReport.id;
    }
    if (item.publish && existing[0]?.status !== 'PUBLISHED') {
      await editor.data(`mutation($id: ID!) { publishReport(id: $id) { id } }`, { id });
    }
    report(title, existing.length === 0);
  }

  const categories = await administrator.data<{
    forumCategories: Array<{ id: string; slug: string }>;
  }>(`{ forumCategories { id slug } }`);
  for (const thread of DEMO_THREADS) {
    const existing = await firstId(`SELECT id FROM forum_threads WHERE title = $1`, [thread.title]);
    if (!existing) {
      const categoryId = categories.forumCategories.find(
        (category) => category.slug === thread.category,
      )?.id;
      const author = await sessionClient(people.get(thread.author)!);
      const data = await author.data<{ startThread: { id: string } }>(
        `mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`,
        { input: { categoryId, title: thread.title, body: thread.body } },
      );
      for (const reply of thread.replies) {
        const replier = await sessionClient(people.get(reply.author)!);
        await replier.data(`mutation($input: ReplyInput!) { reply(input: $input) { id } }`, {
          input: { threadId: data.startThread.id, body: reply.body },
        });
      }
    }
    report(thread.title, !existing);
  }

  for (const listing of DEMO_LISTINGS) {
    const existing = await firstId(`SELECT id FROM listings WHERE title = $1`, [listing.title]);
    if (!existing) {
      const seller = await sessionClient(people.get(listing.seller)!);
      const photoId = await uploadPicture(seller, listing);
      await seller.data(
        `mutation($input: CreateListingInput!) { createListing(input: $input) { id } }`,
        {
          input: {
            groupId: groups.get(listing.group),
            title: listing.title,
            description: listing.description,
            categorySlug: listing.categorySlug,
            price: listing.price,
            stock: listing.stock,
            photoId,
          },
        },
      );
    }
    report(listing.title, !existing);
  }

  await server.app.get(SearchService).drain();
  return { added };
}

function reportText(item: DemoReport): { title: string; body: string } {
  if (!item.fixture) return { title: item.title!, body: item.body! };
  const text = fs.readFileSync(
    path.join(projectRoot(), 'apps/server/fixtures', item.fixture),
    'utf8',
  );
  const [first, ...rest] = text.split('\n');
  return { title: first.replace(/^#\s*/, '').trim(), body: rest.join('\n').trim() };
}

/** A simple generated picture (two colours, no text) so demo listings are not bare. */
async function uploadPicture(client: GraphqlClient, listing: DemoListing): Promise<string> {
  const [dark, light] = listing.colours;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <rect width="800" height="600" fill="${light}"/>
    <circle cx="400" cy="300" r="190" fill="${dark}" opacity="0.85"/>
    <rect x="0" y="520" width="800" height="80" fill="${dark}"/></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const response = await client.upload(`${listing.categorySlug}.png`, png, 'image/png');
  if (!response.ok) throw new Error(`demo picture upload failed with ${response.status}`);
  const body = (await response.json()) as { id: string };
  return body.id;
}
