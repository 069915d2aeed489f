import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Forum categories, threads and their posts. Categories themselves are seeded on start. */
export class Forum1764800001000 implements MigrationInterface {
  name = 'Forum1764800001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE forum_categories (
        id uuid CONSTRAINT forum_categories_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CONSTRAINT forum_categories_slug_unique UNIQUE,
        name_id text NOT NULL,
        name_en text NOT NULL,
        description_id text NOT NULL,
        description_en text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        thread_count integer NOT NULL DEFAULT 0
          CONSTRAINT forum_categories_thread_count_check CHECK (thread_count >= 0)
      )`);

    // An author who deletes their account leaves their threads and posts behind, unsigned.
    await db.query(`
      CREATE TABLE forum_threads (
        id uuid CONSTRAINT forum_threads_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        category_id uuid NOT NULL CONSTRAINT forum_threads_category_id_fk REFERENCES forum_categories (id),
        author_id uuid CONSTRAINT forum_threads_author_id_fk REFERENCES users (id) ON DELETE SET NULL,
        title text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        reply_count integer NOT NULL DEFAULT 0 CONSTRAINT forum_threads_reply_count_check CHECK (reply_count >= 0),
        locked boolean NOT NULL DEFAULT false,
        pinned boolean NOT NULL DEFAULT false
      )`);
    await db.query(
      `CREATE INDEX forum_threads_category_listing_idx
         ON forum_threads (category_id, pinned DESC, last_activity_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX forum_threads_activity_idx ON forum_threads (last_activity_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX forum_threads_author_created_idx ON forum_threads (author_id, created_at)`,
    );

    await db.query(`
      CREATE TABLE forum_posts (
        id uuid CONSTRAINT forum_posts_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL CONSTRAINT forum_posts_thread_id_fk REFERENCES forum_threads (id) ON DELETE CASCADE,
        author_id uuid CONSTRAINT forum_posts_author_id_fk REFERENCES users (id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX forum_posts_thread_order_idx ON forum_posts (thread_id, created_at, id)`,
    );
    await db.query(
      `CREATE INDEX forum_posts_author_created_idx ON forum_posts (author_id, created_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE forum_posts`);
    await db.query(`DROP TABLE forum_threads`);
    await db.query(`DROP TABLE forum_categories`);
  }
}
