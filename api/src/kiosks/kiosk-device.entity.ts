import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MeetingPlace } from '../organisations/meeting-place.entity';

/**
 * A tablet by a meeting place's door that takes instant feedback all day with nobody watching.
 * It is a device, not a person: answers it sends carry its id so staff see how many each one
 * sent. Its secrets are stored as hashes only: the one-time setup code and the device token.
 */
@Entity('kiosk_device')
@Index('idx_kiosk_place', ['meetingPlaceId'])
export class KioskDevice {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @ForeignKey(() => MeetingPlace)
  @Column({ name: 'meeting_place_id', type: 'varchar', length: 36 })
  meetingPlaceId: string;

  /** What the staff call it ("Ovi", "Leikkihuone"). */
  @Column({ type: 'varchar', length: 60 })
  name: string;

  /** The PIN that leaves kiosk mode, as a PBKDF2 hash the tablet can check offline (pin-hash.ts). */
  @Column({ name: 'pin_hash', type: 'varchar', length: 200 })
  pinHash: string;

  /** sha256 of the one-time setup code; null once used. */
  @Column({ name: 'setup_code_hash', type: 'varchar', length: 64, nullable: true })
  setupCodeHash: string | null;

  @Column({ name: 'setup_expires_at', type: Date })
  setupExpiresAt: Date;

  /** sha256 of the device token handed over at activation; null before. */
  @Index('uq_kiosk_token', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64, nullable: true })
  tokenHash: string | null;

  @Column({ name: 'activated_at', type: Date, nullable: true })
  activatedAt: Date | null;

  @Column({ name: 'last_seen_at', type: Date, nullable: true })
  lastSeenAt: Date | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;

  /** Taps on the same device closer than this count once (a child drumming on the faces). */
  @Column({ name: 'repeat_interval_seconds', type: 'integer', default: 3 })
  repeatIntervalSeconds: number;

  /** The moment and id of the last answer it sent, for the repeat rule. */
  @Column({ name: 'last_answered_at', type: Date, nullable: true })
  lastAnsweredAt: Date | null;

  @Column({ name: 'last_response_id', type: 'varchar', length: 36, nullable: true })
  lastResponseId: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at' })
  createdAt: Date;
}
