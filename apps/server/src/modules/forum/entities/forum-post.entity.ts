import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ForumThreadEntity } from './forum-thread.entity.js';

@Entity('forum_posts')
export class ForumPostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'thread_id' })
  threadId!: string;

  @ManyToOne(() => ForumThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread!: Relation<ForumThreadEntity>;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  /** Markdown as the author wrote it; HTML is rendered and sanitised when served. */
  @Column('text')
  body!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
