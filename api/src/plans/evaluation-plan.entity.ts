import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MeetingPlace } from '../organisations/meeting-place.entity';

/**
 * A meeting place's evaluation plan for a year (arviointisuunnitelma): the activities it plans
 * (instrument and month) and the targets it sets for shared indicators. Statuses are never
 * stored: they are computed from rounds, evaluations and co-development days
 * (reports/plan-status.ts).
 */
@Entity('evaluation_plan')
@Index('uq_evaluation_plan_place_year', ['meetingPlaceId', 'year'], { unique: true })
export class EvaluationPlan {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @ForeignKey(() => MeetingPlace)
  @Column({ name: 'meeting_place_id', type: 'varchar', length: 36 })
  meetingPlaceId: string;

  @Column({ type: 'integer' })
  year: number;

  /** JSON: [{kind, due: "YYYY-MM"}], validated on write. */
  @Column({ type: 'text' })
  activities: string;

  /** JSON: [{indicator, target}] in the indicator's own unit. */
  @Column({ type: 'text' })
  targets: string;

  @Column({ name: 'updated_at' })
  updatedAt: Date;
}
