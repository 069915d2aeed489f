import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Listing categories and the goods KIM groups offer in the marketplace. */
export class Marketplace1764800003000 implements MigrationInterface {
  name = 'Marketplace1764800003000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE listing_categories (
        id uuid CONSTRAINT listing_categories_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CONSTRAINT listing_categories_slug_unique UNIQUE,
        name_id text NOT NULL,
        name_en text NOT NULL,
        position integer NOT NULL DEFAULT 0
      )`);

    await db.query(`
      CREATE TABLE listings (
        id uuid CONSTRAINT listings_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL CONSTRAINT listings_group_id_fk REFERENCES groups (id) ON DELETE CASCADE,
        category_id uuid NOT NULL CONSTRAINT listings_category_id_fk REFERENCES listing_categories (id),
        title text NOT NULL,
        description text NOT NULL,
        price bigint NOT NULL CONSTRAINT listings_price_check CHECK (price >= 0),
        stock integer NOT NULL CONSTRAINT listings_stock_check CHECK (stock >= 0),
        photo_id uuid CONSTRAINT listings_photo_id_fk REFERENCES media (id) ON DELETE SET NULL,
        created_by uuid CONSTRAINT listings_created_by_fk REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX listings_newest_idx ON listings (created_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX listings_category_newest_idx ON listings (category_id, created_at DESC, id DESC)`,
    );
    await db.query(`CREATE INDEX listings_group_id_idx ON listings (group_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE listings`);
    await db.query(`DROP TABLE listing_categories`);
  }
}
