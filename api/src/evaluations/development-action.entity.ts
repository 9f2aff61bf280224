import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MeetingPlace } from '../organisations/meeting-place.entity';

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_SOURCES = ['evaluation', 'co-development', 'survey', 'other'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];

/**
 * A development action of a meeting place's plan, agreed by its steering group. Owned by an
 * organisation (by name), never by a person.
 */
@Entity('development_action')
@Index('idx_action_place', ['meetingPlaceId', 'dueDate'])
export class DevelopmentAction {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @ForeignKey(() => MeetingPlace)
  @Column({ name: 'meeting_place_id', type: 'varchar', length: 36 })
  meetingPlaceId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The instrument's criterion it develops (crit_…), if any. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  criterion: string | null;

  /** The organisation responsible. */
  @Column({ type: 'varchar', length: 200 })
  owner: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate: string;

  @Column({ name: 'source_kind', type: 'varchar', length: 20 })
  sourceKind: ActionSource;

  /** What it came from (an evaluation's id, a round's …), when there is one. */
  @Column({ name: 'source_id', type: 'varchar', length: 64, nullable: true })
  sourceId: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: ActionStatus;

  @Column({ name: 'created_at' })
  createdAt: Date;
}

/** A dated follow-up of an action: the status it moved to and what was noted. */
@Entity('development_action_note')
@Index('idx_action_note_action', ['actionId', 'notedAt'])
export class DevelopmentActionNote {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @ForeignKey(() => DevelopmentAction)
  @Column({ name: 'action_id', type: 'varchar', length: 36 })
  actionId: string;

  @Column({ type: 'varchar', length: 12 })
  status: ActionStatus;

  @Column({ type: 'varchar', length: 2000 })
  note: string;

  @Column({ name: 'noted_at' })
  notedAt: Date;
}
