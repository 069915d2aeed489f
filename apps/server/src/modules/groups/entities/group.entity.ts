import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { GroupMemberEntity } from './group-member.entity.js';

/** A KIM (Kelompok Informasi Masyarakat), registered by its SK decree. */
@Entity('groups')
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  @Column('text', { name: 'region_code' })
  regionCode!: string;

  @Column('text', { name: 'decree_number' })
  decreeNumber!: string;

  /** The decree's calendar date, kept as `YYYY-MM-DD` so no time zone shifts it. */
  @Column('date', { name: 'decree_date' })
  decreeDate!: string;

  @Column('boolean', { default: true })
  verified!: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @OneToMany(() => GroupMemberEntity, (member) => member.group)
  members!: Relation<GroupMemberEntity[]>;
}
