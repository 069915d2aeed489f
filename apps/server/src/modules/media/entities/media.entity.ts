import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An uploaded image; its web sizes live on disk under the media folder, by id. */
@Entity('media')
export class MediaEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  /** The format the upload really was (found by decoding it), e.g. image/png. */
  @Column('text', { name: 'content_type' })
  contentType!: string;

  /** Size of the upright original in pixels; it decides which web sizes exist. */
  @Column('integer')
  width!: number;

  @Column('integer')
  height!: number;

  @Column('integer')
  bytes!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
