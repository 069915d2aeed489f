import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Citizen reporters' reports, their path through the editors, and the editors' comments. */
export class Newsroom1764800002000 implements MigrationInterface {
  name = 'Newsroom1764800002000';

  async up(db: QueryRunner): Promise<void> {
    // Times are kept to the millisecond so a cursor read back in JavaScript matches its row.
    await db.query(`
      CREATE TABLE reports (
        id uuid CONSTRAINT reports_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL CONSTRAINT reports_author_id_fk REFERENCES users (id),
        title text NOT NULL,
        body text NOT NULL,
        region_code text NOT NULL CONSTRAINT reports_region_code_fk REFERENCES regions (code),
        photo_id uuid CONSTRAINT reports_photo_id_fk REFERENCES media (id) ON DELETE SET NULL,
        status text NOT NULL CONSTRAINT reports_status_check
          CHECK (status IN ('SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED')),
        slug text NOT NULL CONSTRAINT reports_slug_unique UNIQUE,
        submitted_at timestamptz(3) NOT NULL,
        published_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT reports_published_at_check CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX reports_author_id_idx ON reports (author_id, submitted_at)`);
    await db.query(
      `CREATE INDEX reports_queue_idx ON reports (submitted_at, id) WHERE status = 'SUBMITTED'`,
    );
    await db.query(
      `CREATE INDEX reports_published_idx ON reports (published_at DESC, id DESC) WHERE status = 'PUBLISHED'`,
    );

    await db.query(`
      CREATE TABLE report_comments (
        id uuid CONSTRAINT report_comments_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL CONSTRAINT report_comments_report_id_fk REFERENCES reports (id) ON DELETE CASCADE,
        editor_id uuid NOT NULL CONSTRAINT report_comments_editor_id_fk REFERENCES users (id),
        comment text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX report_comments_report_id_idx ON report_comments (report_id, created_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE report_comments`);
    await db.query(`DROP TABLE reports`);
  }
}
