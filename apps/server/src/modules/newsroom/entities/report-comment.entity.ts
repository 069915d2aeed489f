import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity.js';
import { ReportEntity } from './report.entity.js';

/** What an editor asked the author to change. */
@Entity('report_comments')
export class ReportCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'report_id' })
  reportId!: string;

  @ManyToOne(() => ReportEntity, (report) => report.comments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report!: Relation<ReportEntity>;

  @Column('uuid', { name: 'editor_id' })
  editorId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'editor_id' })
  editor!: Relation<UserEntity>;

  @Column('text')
  comment!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
