import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One kelurahan does not register two KIM under the same name (letter case aside). */
export class GroupNamesPerKelurahan1764800005000 implements MigrationInterface {
  name = 'GroupNamesPerKelurahan1764800005000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE UNIQUE INDEX groups_name_region_unique ON groups (lower(name), region_code)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX groups_name_region_unique`);
  }
}
