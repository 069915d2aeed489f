import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ForumCategoryEntity } from './forum-category.entity.js';

@Entity('forum_threads')
export class ForumThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'category_id' })
  categoryId!: string;

  @ManyToOne(() => ForumCategoryEntity)
  @JoinColumn({ name: 'category_id' })
  category!: Relation<ForumCategoryEntity>;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column('text')
  title!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'last_activity_at', default: () => 'now()' })
  lastActivityAt!: Date;

  @Column('integer', { name: 'reply_count', default: 0 })
  replyCount!: number;

  @Column('boolean', { default: false })
  locked!: boolean;

  @Column('boolean', { default: false })
  pinned!: boolean;
}
