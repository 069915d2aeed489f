import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Regions, people and their sessions, KIM groups, uploaded media and the search outbox. */
export class Core1764800000000 implements MigrationInterface {
  name = 'Core1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      CREATE TABLE regions (
        code text CONSTRAINT regions_pk PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL CONSTRAINT regions_level_check CHECK (level IN ('kecamatan', 'kelurahan')),
        parent_code text CONSTRAINT regions_parent_code_fk REFERENCES regions (code)
      )`);

    await db.query(`
      CREATE TABLE users (
        id uuid CONSTRAINT users_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        email text NOT NULL,
        password_hash text NOT NULL,
        region_code text CONSTRAINT users_region_code_fk REFERENCES regions (code),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_unique ON users (lower(email))`);

    await db.query(`
      CREATE TABLE user_roles (
        user_id uuid NOT NULL CONSTRAINT user_roles_user_id_fk REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL,
        granted_by uuid CONSTRAINT user_roles_granted_by_fk REFERENCES users (id) ON DELETE SET NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_roles_pk PRIMARY KEY (user_id, role)
      )`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid CONSTRAINT sessions_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL CONSTRAINT sessions_token_hash_unique UNIQUE,
        user_id uuid NOT NULL CONSTRAINT sessions_user_id_fk REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);

    await db.query(`
      CREATE TABLE login_attempts (
        id bigserial CONSTRAINT login_attempts_pk PRIMARY KEY,
        email text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX login_attempts_email_time_idx ON login_attempts (email, attempted_at)`,
    );

    await db.query(`
      CREATE TABLE groups (
        id uuid CONSTRAINT groups_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL CONSTRAINT groups_slug_unique UNIQUE,
        region_code text NOT NULL CONSTRAINT groups_region_code_fk REFERENCES regions (code),
        decree_number text NOT NULL,
        decree_date date NOT NULL,
        verified boolean NOT NULL DEFAULT true,
        created_by uuid CONSTRAINT groups_created_by_fk REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE group_members (
        group_id uuid NOT NULL CONSTRAINT group_members_group_id_fk REFERENCES groups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL CONSTRAINT group_members_user_id_fk REFERENCES users (id) ON DELETE CASCADE,
        is_admin boolean NOT NULL DEFAULT false,
        joined_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT group_members_pk PRIMARY KEY (group_id, user_id)
      )`);
    await db.query(`CREATE INDEX group_members_user_id_idx ON group_members (user_id)`);

    await db.query(`
      CREATE TABLE media (
        id uuid CONSTRAINT media_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL CONSTRAINT media_owner_id_fk REFERENCES users (id) ON DELETE CASCADE,
        content_type text NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        bytes integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE search_outbox (
        id bigserial CONSTRAINT search_outbox_pk PRIMARY KEY,
        kind text NOT NULL,
        entity_id uuid NOT NULL,
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);

    await db.query(`
      CREATE TABLE search_documents (
        kind text NOT NULL,
        entity_id uuid NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        url text NOT NULL,
        published_at timestamptz NOT NULL,
        document tsvector NOT NULL,
        CONSTRAINT search_documents_pk PRIMARY KEY (kind, entity_id)
      )`);
    await db.query(
      `CREATE INDEX search_documents_document_idx ON search_documents USING gin (document)`,
    );
    await db.query(
      `CREATE INDEX search_documents_title_trgm_idx ON search_documents USING gin (title gin_trgm_ops)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'search_documents',
      'search_outbox',
      'media',
      'group_members',
      'groups',
      'login_attempts',
      'sessions',
      'user_roles',
      'users',
      'regions',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
