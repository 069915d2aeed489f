import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { ReportStatus } from '@sim-se/shared';
import { UserEntity } from '../../identity/entities/user.entity.js';
import { ReportCommentEntity } from './report-comment.entity.js';

/** A citizen reporter's piece, from submission to publication. */
@Entity('reports')
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id' })
  author!: Relation<UserEntity>;

  @Column('text')
  title!: string;

  /** Markdown as the author wrote it; HTML is rendered and sanitised when read. */
  @Column('text')
  body!: string;

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @Column('uuid', { name: 'photo_id', nullable: true })
  photoId!: string | null;

  @Column('text')
  status!: ReportStatus;

  @Column('text')
  slug!: string;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => ReportCommentEntity, (comment) => comment.report)
  comments!: Relation<ReportCommentEntity[]>;
}
