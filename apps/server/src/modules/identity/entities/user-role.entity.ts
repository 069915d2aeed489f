import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Role } from '@sim-se/shared';
import { UserEntity } from './user.entity.js';

@Entity('user_roles')
export class UserRoleEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('text')
  role!: Role;

  @Column('uuid', { name: 'granted_by', nullable: true })
  grantedBy!: string | null;

  @Column('timestamptz', { name: 'granted_at', default: () => 'now()' })
  grantedAt!: Date;

  @ManyToOne(() => UserEntity, (user) => user.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;
}
