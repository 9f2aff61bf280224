import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MeetingPlace } from '../organisations/meeting-place.entity';

export const EVALUATION_KINDS = ['self', 'peer'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
export const EVALUATION_STATUSES = ['draft', 'submitted'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/**
 * One team's evaluation of a meeting place for a year, on one exact version of the
 * `peer-evaluation` instrument. Attributed to places (the evaluated and the evaluating one),
 * never to persons: who saved or submitted it is in the audit log only. A place has one
 * evaluation per evaluating place and year: its self-evaluation (evaluator = the place itself)
 * and one per peer team.
 */
@Entity('evaluation')
@Index('uq_evaluation_place_year_evaluator', ['meetingPlaceId', 'year', 'evaluatorPlaceId'], { unique: true })
@Index('idx_evaluation_evaluator', ['evaluatorPlaceId', 'year'])
export class Evaluation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The place evaluated. */
  @ForeignKey(() => MeetingPlace)
  @Column({ name: 'meeting_place_id', type: 'varchar', length: 36 })
  meetingPlaceId: string;

  /** The place whose team evaluates: the same place for a self-evaluation. */
  @ForeignKey(() => MeetingPlace)
  @Column({ name: 'evaluator_place_id', type: 'varchar', length: 36 })
  evaluatorPlaceId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 8 })
  kind: EvaluationKind;

  @Column({ name: 'survey_version', type: 'integer' })
  surveyVersion: number;

  /** The answers as JSON, validated against the version (a draft may be partial). */
  @Column({ type: 'text' })
  answers: string;

  @Column({ type: 'varchar', length: 12 })
  status: EvaluationStatus;

  @Column({ name: 'submitted_at', type: Date, nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'updated_at' })
  updatedAt: Date;
}
