import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorReason, type Language, listingSchema, Role } from '@sim-se/shared';
import { hasRole } from '../../common/auth/require.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppError } from '../../common/errors/app-error.js';
import { validate } from '../../common/errors/validate.js';
import {
  isUuid,
  keysetCursor,
  pageSize,
  takePage,
  timestampKey,
} from '../../common/graphql/keyset-cursor.js';
import type { PageInfoModel } from '../../common/graphql/page-info.model.js';
import { markdownToText } from '../../common/markdown/render-markdown.js';
import { GroupsService } from '../groups/groups.service.js';
import { MediaService } from '../media/media.service.js';
import { SearchService } from '../search/search.service.js';
import { type SearchDocument, SearchKind } from '../search/search.types.js';
import { ListingCategoryEntity } from './entities/listing-category.entity.js';
import { ListingEntity } from './entities/listing.entity.js';
import { LISTING_CATEGORIES } from './listing-categories.js';

/** A listing with what pages show beside it. */
export interface ListingRecord {
  id: string;
  title: string;
  description: string;
  price: number;
  stock: number;
  photoId: string | null;
  createdAt: Date;
  categorySlug: string;
  group: { id: string; name: string; slug: string };
  /** created_at to the microsecond, so a cursor never skips or repeats a row. */
  createdAtExact: string;
}

export interface CategoryRecord {
  slug: string;
  nameId: string;
  nameEn: string;
  listingCount: number;
}

export interface ListingPage {
  listings: ListingRecord[];
  pageInfo: PageInfoModel;
}

const LISTING_SELECT = `
  SELECT l.id, l.title, l.description, l.price::text AS price, l.stock, l.photo_id AS "photoId",
         l.created_at AS "createdAt",
         ${timestampKey('l.created_at')} AS "createdAtExact",
         c.slug AS "categorySlug", g.id AS "groupId", g.name AS "groupName", g.slug AS "groupSlug"
    FROM listings l
    JOIN listing_categories c ON c.id = l.category_id
    JOIN groups g ON g.id = l.group_id`;

/** Listings are sorted newest first, then by id. */
const listingCursor = keysetCursor('timestamp', 'uuid');

/** Browsing and listing goods; ordering and payment live elsewhere. */
@Injectable()
export class MarketplaceService implements OnApplicationBootstrap {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GroupsService) private readonly groups: GroupsService,
    @Inject(MediaService) private readonly media: MediaService,
    @Inject(SearchService) private readonly search: SearchService,
  ) {}

  /** Seeds the listing categories; safe to run on every start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ListingCategoryEntity)
      .values(LISTING_CATEGORIES.map((category, position) => ({ ...category, position })))
      .orUpdate(['name_id', 'name_en', 'position'], ['slug'])
      .execute();
  }

  /**
   * Puts an item on sale for a verified group the seller belongs to. Selling takes both the
   * membership and the MEMBER role, so an administrator withdrawing the role stops it at once.
   */
  async createListing(input: unknown, seller: Viewer, language: Language): Promise<ListingRecord> {
    const values = validate(listingSchema, input, language);
    const group = await this.groups.findById(values.groupId);
    if (!group) throw new AppError(ErrorReason.NotFound);
    const isAdministrator = hasRole(seller, Role.ADMINISTRATOR);
    const mayActAsMember = hasRole(seller, Role.MEMBER);
    if (
      !isAdministrator &&
      !(mayActAsMember && (await this.groups.isMember(group.id, seller.id)))
    ) {
      throw new AppError(ErrorReason.NotGroupMember);
    }
    if (!group.verified) throw new AppError(ErrorReason.GroupNotVerified);
    const category = await this.dataSource.manager.findOne(ListingCategoryEntity, {
      where: { slug: values.categorySlug },
    });
    if (!category) throw new AppError(ErrorReason.UnknownCategory);
    if (
      values.photoId &&
      !isAdministrator &&
      !(await this.media.isOwnedBy(values.photoId, seller.id))
    ) {
      throw new AppError(ErrorReason.UnknownMedia);
    }

    const id = await this.dataSource.transaction(async (manager) => {
      const created = await manager.insert(ListingEntity, {
        groupId: group.id,
        categoryId: category.id,
        title: values.title,
        description: values.description,
        price: values.price,
        stock: values.stock,
        photoId: values.photoId ?? null,
        createdBy: seller.id,
      });
      const listingId = String(created.identifiers[0].id);
      await this.search.enqueue(manager, SearchKind.LISTING, listingId);
      return listingId;
    });
    return (await this.findListing(id))!;
  }

  async categories(): Promise<CategoryRecord[]> {
    return this.dataSource.query<CategoryRecord[]>(
      `SELECT c.slug, c.name_id AS "nameId", c.name_en AS "nameEn", count(l.id)::int AS "listingCount"
         FROM listing_categories c
         LEFT JOIN listings l ON l.category_id = c.id
        GROUP BY c.id
        ORDER BY c.position, c.slug`,
    );
  }

  async findListing(id: string): Promise<ListingRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await this.dataSource.query<RawListing[]>(`${LISTING_SELECT} WHERE l.id = $1`, [
      id,
    ]);
    return rows.length > 0 ? toRecord(rows[0]) : null;
  }

  /** Newest first, a page at a time, continuing after the cursor of the last page. */
  async listings(
    categorySlug: string | null,
    first: number,
    after: string | null,
  ): Promise<ListingPage> {
    const limit = pageSize(first);
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (categorySlug) {
      const [known] = await this.dataSource.query<unknown[]>(
        `SELECT 1 FROM listing_categories WHERE slug = $1`,
        [categorySlug],
      );
      if (!known) throw new AppError(ErrorReason.UnknownCategory);
      params.push(categorySlug);
      conditions.push(`c.slug = $${params.length}`);
    }
    if (after) {
      const [time, id] = listingCursor.decode(after);
      params.push(time, id);
      conditions.push(
        `(l.created_at, l.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(limit + 1);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows: RawListing[] = await this.dataSource.query(
      `${LISTING_SELECT} ${where} ORDER BY l.created_at DESC, l.id DESC LIMIT $${params.length}`,
      params,
    );

    const page = takePage(rows, limit, (last) =>
      listingCursor.encode([last.createdAtExact, last.id]),
    );
    return { listings: page.items.map(toRecord), pageInfo: page.pageInfo };
  }

  /** What search stores for listings: the title and the description's words. */
  async searchDocuments(manager: EntityManager, ids: string[]): Promise<SearchDocument[]> {
    const rows: Array<{ id: string; title: string; description: string; createdAt: Date }> =
      await manager.query(
        `SELECT id, title, description, created_at AS "createdAt" FROM listings WHERE id = ANY($1::uuid[])`,
        [ids],
      );
    return rows.map((row) => ({
      kind: SearchKind.LISTING,
      id: row.id,
      title: row.title,
      body: markdownToText(row.description),
      url: `/pasar/${row.id}`,
      publishedAt: row.createdAt,
    }));
  }

  async searchIds(manager: EntityManager, after: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM listings WHERE $1::uuid IS NULL OR id > $1::uuid ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((row) => row.id);
  }
}

interface RawListing {
  id: string;
  title: string;
  description: string;
  price: string;
  stock: number;
  photoId: string | null;
  createdAt: Date;
  createdAtExact: string;
  categorySlug: string;
  groupId: string;
  groupName: string;
  groupSlug: string;
}

function toRecord(row: RawListing): ListingRecord {
  const { groupId, groupName, groupSlug, price, ...rest } = row;
  return {
    ...rest,
    price: Number(price),
    group: { id: groupId, name: groupName, slug: groupSlug },
  };
}
