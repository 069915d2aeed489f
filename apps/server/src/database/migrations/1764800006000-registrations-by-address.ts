import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When accounts were opened from which client address, kept to slow down mass sign-ups;
 * it is not linked to the account it opened.
 */
export class RegistrationsByAddress1764800006000 implements MigrationInterface {
  name = 'RegistrationsByAddress1764800006000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE registrations_by_address (
        id bigserial CONSTRAINT registrations_by_address_pk PRIMARY KEY,
        address text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX registrations_by_address_time_idx ON registrations_by_address (address, registered_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE registrations_by_address`);
  }
}
