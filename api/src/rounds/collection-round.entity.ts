import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MeetingPlace } from '../organisations/meeting-place.entity';

/**
 * A collection round: one meeting place collects one instrument in a window of days (Finnish
 * calendar days, both ends included). Every instrument has rounds; whether answers outside a
 * round are refused is a property of the instrument (reports/instruments.ts). When a round
 * closes, its figures are released for the place (api/src/releases).
 */
@Entity('collection_round')
@Index('idx_round_place_survey', ['meetingPlaceId', 'surveyKey', 'startsOn'])
export class CollectionRound {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @ForeignKey(() => MeetingPlace)
  @Column({ name: 'meeting_place_id', type: 'varchar', length: 36 })
  meetingPlaceId: string;

  @Column({ name: 'survey_key', type: 'varchar', length: 64 })
  surveyKey: string;

  /** First day, YYYY-MM-DD in Finland. */
  @Column({ name: 'starts_on', type: 'varchar', length: 10 })
  startsOn: string;

  /** Last day, YYYY-MM-DD in Finland (included). */
  @Column({ name: 'ends_on', type: 'varchar', length: 10 })
  endsOn: string;

  /** Set when the round was closed before its last day ended. */
  @Column({ name: 'closed_at', type: Date, nullable: true })
  closedAt: Date | null;

  /** How often an admin reopened the round: each later release of it is a revision. */
  @Column({ name: 'reopen_count', type: 'integer', default: 0 })
  reopenCount: number;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at' })
  createdAt: Date;
}
