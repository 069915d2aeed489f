import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Whole rupiah in a bigint column; the driver reads bigint as text, so it is turned back here. */
const rupiahColumn = {
  to: (value: number): number => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/** Something a KIM group offers for sale. */
@Entity('listings')
export class ListingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'group_id' })
  groupId!: string;

  @Column('uuid', { name: 'category_id' })
  categoryId!: string;

  @Column('text')
  title!: string;

  /** Markdown as the seller wrote it; served as sanitised HTML. */
  @Column('text')
  description!: string;

  @Column('bigint', { transformer: rupiahColumn })
  price!: number;

  @Column('integer')
  stock!: number;

  @Column('uuid', { name: 'photo_id', nullable: true })
  photoId!: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
