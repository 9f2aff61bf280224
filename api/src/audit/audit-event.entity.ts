import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccount } from '../users/user-account.entity';

/**
 * Who did what, when: logins (failed ones without the attempted email in clear), logouts,
 * changes to accounts, places and service areas. Never an IP address.
 */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Index()
  @Column({ name: 'occurred_at' })
  occurredAt: Date;

  /** The account that acted; null for the system (boot) and for failed logins. */
  @Index()
  @ForeignKey(() => UserAccount)
  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  /** e.g. "auth.login", "user.updated", "meeting-place.created". */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32, nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 64, nullable: true })
  targetId: string | null;

  /** Small JSON object: which fields changed, why a login failed. */
  @Column({ type: 'text', nullable: true })
  details: string | null;
}
