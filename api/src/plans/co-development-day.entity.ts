import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MeetingPlace } from '../organisations/meeting-place.entity';

/**
 * A co-development day or community meeting (yhteiskehittämispäivä) held with families, staff
 * and partners. Only counts of participants, never names: what is written (themes, outcomes)
 * is the staff's summary. Actions agreed there live in the development plan
 * (development_action with source_kind 'co-development' and source_id this day's id).
 */
@Entity('co_development_day')
@Index('idx_co_development_day_place', ['meetingPlaceId', 'date'])
export class CoDevelopmentDay {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @ForeignKey(() => MeetingPlace)
  @Column({ name: 'meeting_place_id', type: 'varchar', length: 36 })
  meetingPlaceId: string;

  /** YYYY-MM-DD in Finland. */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'integer' })
  families: number;

  @Column({ type: 'integer' })
  children: number;

  @Column({ type: 'integer' })
  staff: number;

  @Column({ type: 'integer' })
  partners: number;

  /** JSON: the themes discussed, each a short text. */
  @Column({ type: 'text' })
  themes: string;

  @Column({ type: 'text' })
  outcomes: string;

  @Column({ name: 'created_at' })
  createdAt: Date;
}
