import { Column, Entity, JoinTable, ManyToMany, PrimaryColumn } from 'typeorm';
import type { Role } from '../access/roles';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { Region } from '../organisations/region.entity';

/**
 * A staff account (steering group, coordinator, region analyst, admin). Accounts are never
 * deleted, only deactivated, so the audit log keeps pointing at someone.
 */
@Entity('user_account')
export class UserAccount {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Stored lower-case: logins compare case-insensitively. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  /** argon2id in PHC string format ($argon2id$v=19$m=…). */
  @Column({ name: 'password_hash', type: 'varchar' })
  passwordHash: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  /** Set for temporary passwords: until changed, the account can only change it. */
  @Column({ name: 'must_change_password', type: 'boolean', default: () => 'false' })
  mustChangePassword: boolean;

  @Column({ type: 'boolean', default: () => 'true' })
  active: boolean;

  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount: number;

  @Column({ name: 'locked_until', type: Date, nullable: true })
  lockedUntil: Date | null;

  /** Sessions that started before this are no longer valid. */
  @Column({ name: 'password_changed_at' })
  passwordChangedAt: Date;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'last_login_at', type: Date, nullable: true })
  lastLoginAt: Date | null;

  /** region-analyst scope. */
  @ManyToMany(() => Region)
  @JoinTable({
    name: 'user_account_region',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'region_code', referencedColumnName: 'code' },
  })
  regions: Region[];

  /** coordinator and steering-group scope. */
  @ManyToMany(() => MeetingPlace)
  @JoinTable({
    name: 'user_account_meeting_place',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'meeting_place_id', referencedColumnName: 'id' },
  })
  meetingPlaces: MeetingPlace[];
}
