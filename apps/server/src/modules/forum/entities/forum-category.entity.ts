import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('forum_categories')
export class ForumCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text', { name: 'name_id' })
  nameId!: string;

  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Column('text', { name: 'description_id' })
  descriptionId!: string;

  @Column('text', { name: 'description_en' })
  descriptionEn!: string;

  @Column('integer')
  position!: number;

  /** Kept in step by every thread written, so listings need no count per category. */
  @Column('integer', { name: 'thread_count' })
  threadCount!: number;
}
