import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * A release: one instrument's figures for one period (every area) or one collection round (its
 * place), computed once when due, audited against every earlier release it overlaps, and never
 * changed afterwards. A later computation of the same subject (late paper forms, a reopened
 * round) is a new row with the next revision. The unique (survey_key, subject, revision) lets
 * several instances race to compute a due release: one row wins, the others read it.
 */
@Entity('figure_release')
@Unique('uq_release_subject_revision', ['surveyKey', 'subject', 'revision'])
export class FigureRelease {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'survey_key', type: 'varchar', length: 64 })
  surveyKey: string;

  /** "2026", "2026-H1", or "round:<round id>". */
  @Column({ type: 'varchar', length: 48 })
  subject: string;

  @Column({ type: 'integer' })
  revision: number;

  /** The answers it covers were given in [window_start, window_end). */
  @Column({ name: 'window_start' })
  windowStart: Date;

  @Column({ name: 'window_end' })
  windowEnd: Date;

  /** It covers the answers received before this instant (later ones wait for a revision). */
  @Column({ name: 'data_cutoff' })
  dataCutoff: Date;

  @Column({ name: 'released_at' })
  releasedAt: Date;

  /** The answer revision of the window's half-years it was computed at (a raise makes a revision due). */
  @Column({ name: 'answer_revision', type: 'integer', default: 0 })
  answerRevision: number;

  /** The frozen hierarchy and every cell (ReleaseContent, JSON). */
  @Column({ type: 'text' })
  content: string;
}
