import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorReason, groupSchema, type Language, Role, slugify } from '@sim-se/shared';
import { AppError } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/graphql/keyset-cursor.js';
import { validate } from '../../common/errors/validate.js';
import { RegionsService } from '../regions/regions.service.js';
import { GroupMemberEntity } from './entities/group-member.entity.js';
import { GroupEntity } from './entities/group.entity.js';

/** A group as lists show it, with its member count. */
export interface GroupRecord {
  id: string;
  name: string;
  slug: string;
  regionCode: string;
  decreeNumber: string;
  decreeDate: string;
  verified: boolean;
  memberCount: number;
  createdAt: Date;
}

const SLUG_ATTEMPTS = 3;

const GROUP_COLUMNS = `
  g.id, g.name, g.slug, g.region_code AS "regionCode", g.decree_number AS "decreeNumber",
  to_char(g.decree_date, 'YYYY-MM-DD') AS "decreeDate", g.verified, g.created_at AS "createdAt",
  (SELECT count(*)::int FROM group_members m WHERE m.group_id = g.id) AS "memberCount"`;

/** The KIM registry: groups, their members, and the roles membership brings. */
@Injectable()
export class GroupsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RegionsService) private readonly regions: RegionsService,
  ) {}

  /** Registers a group under a unique slug made from its name. */
  async createGroup(input: unknown, createdBy: string, language: Language): Promise<GroupRecord> {
    const values = validate(groupSchema, input, language);
    if (!(await this.regions.isKelurahan(values.regionCode)))
      throw new AppError(ErrorReason.UnknownRegion);

    // Two groups named alike at the same moment may pick the same slug; the loser retries.
    for (let attempt = 1; ; attempt += 1) {
      try {
        const id = await this.dataSource.transaction(async (manager) => {
          const twins: unknown[] = await manager.query(
            `SELECT 1 FROM groups WHERE lower(name) = lower($1) AND region_code = $2`,
            [values.name, values.regionCode],
          );
          if (twins.length > 0) throw new AppError(ErrorReason.GroupNameTaken);
          const slug = await this.freeSlug(manager, slugify(values.name));
          const created = await manager.insert(GroupEntity, {
            name: values.name,
            slug,
            regionCode: values.regionCode,
            decreeNumber: values.decreeNumber,
            decreeDate: values.decreeDate,
            createdBy,
          });
          return String(created.identifiers[0].id);
        });
        return (await this.findById(id))!;
      } catch (error) {
        if (constraintOf(error) === 'groups_name_region_unique') {
          throw new AppError(ErrorReason.GroupNameTaken);
        }
        if (!isUniqueViolation(error) || attempt >= SLUG_ATTEMPTS) throw error;
      }
    }
  }

  /** Adds a person to a group and grants MEMBER (and GROUP_ADMIN) with the same write. */
  async addMember(
    groupId: string,
    userId: string,
    isAdmin: boolean,
    grantedBy: string,
  ): Promise<GroupRecord> {
    if (!isUuid(groupId) || !isUuid(userId)) throw new AppError(ErrorReason.NotFound);

    await this.dataSource
      .transaction(async (manager) => {
        const groupExists = await manager.exists(GroupEntity, { where: { id: groupId } });
        const [user] = await manager.query<unknown[]>(`SELECT 1 FROM users WHERE id = $1`, [
          userId,
        ]);
        if (!groupExists || !user) throw new AppError(ErrorReason.NotFound);
        if (await manager.exists(GroupMemberEntity, { where: { groupId, userId } })) {
          throw new AppError(ErrorReason.AlreadyMember);
        }

        await manager.insert(GroupMemberEntity, { groupId, userId, isAdmin });
        const roles = isAdmin ? [Role.MEMBER, Role.GROUP_ADMIN] : [Role.MEMBER];
        for (const role of roles) {
          await manager.query(
            `INSERT INTO user_roles (user_id, role, granted_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
            [userId, role, grantedBy],
          );
        }
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new AppError(ErrorReason.AlreadyMember);
        throw error;
      });

    return (await this.findById(groupId))!;
  }

  async list(): Promise<GroupRecord[]> {
    return this.dataSource.query<GroupRecord[]>(
      `SELECT ${GROUP_COLUMNS} FROM groups g ORDER BY g.name, g.id`,
    );
  }

  async listForMember(userId: string): Promise<GroupRecord[]> {
    return this.dataSource.query<GroupRecord[]>(
      `SELECT ${GROUP_COLUMNS} FROM groups g
        WHERE EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND m.user_id = $1)
        ORDER BY g.name, g.id`,
      [userId],
    );
  }

  async findBySlug(slug: string): Promise<GroupRecord | null> {
    const [row] = await this.dataSource.query<GroupRecord[]>(
      `SELECT ${GROUP_COLUMNS} FROM groups g WHERE g.slug = $1`,
      [slug],
    );
    return row ?? null;
  }

  async findById(id: string): Promise<GroupRecord | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.dataSource.query<GroupRecord[]>(
      `SELECT ${GROUP_COLUMNS} FROM groups g WHERE g.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async isMember(
    groupId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    if (!isUuid(groupId)) return false;
    return manager.exists(GroupMemberEntity, { where: { groupId, userId } });
  }

  /** The base slug, or the base with the first free number after it (`kim-pipitan-2`). */
  private async freeSlug(manager: EntityManager, base: string): Promise<string> {
    const rows: Array<{ slug: string }> = await manager.query(
      `SELECT slug FROM groups WHERE slug = $1 OR slug LIKE $2`,
      [base, `${base.replace(/[\\%_]/g, (match) => `\\${match}`)}-%`],
    );
    const taken = new Set(rows.map((row) => row.slug));
    if (!taken.has(base)) return base;
    let suffix = 2;
    while (taken.has(`${base}-${suffix}`)) suffix += 1;
    return `${base}-${suffix}`;
  }
}

function constraintOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'constraint' in error
    ? error.constraint
    : undefined;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
