import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed logins are counted per e-mail and client address, so a stranger guessing
 * passwords cannot lock the owner of an account out from everywhere.
 */
export class LoginAttemptsByAddress1764800004000 implements MigrationInterface {
  name = 'LoginAttemptsByAddress1764800004000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE login_attempts ADD COLUMN address text NOT NULL DEFAULT ''`);
    await db.query(`DROP INDEX login_attempts_email_time_idx`);
    await db.query(
      `CREATE INDEX login_attempts_email_address_time_idx ON login_attempts (email, address, attempted_at)`,
    );
    await db.query(
      `CREATE INDEX login_attempts_address_time_idx ON login_attempts (address, attempted_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX login_attempts_address_time_idx`);
    await db.query(`DROP INDEX login_attempts_email_address_time_idx`);
    await db.query(
      `CREATE INDEX login_attempts_email_time_idx ON login_attempts (email, attempted_at)`,
    );
    await db.query(`ALTER TABLE login_attempts DROP COLUMN address`);
  }
}
