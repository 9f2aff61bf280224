import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SurveyResponse } from './survey-response.entity';

/**
 * One answered value, in long format so indicators aggregate in SQL (GROUP BY) over millions
 * of responses. Survey, place and period are copied from the response on purpose: the
 * indicator queries then read one covering index without joining the response table.
 * A multi-select answer gives one row per chosen value.
 */
@Entity('response_answer')
@Index('idx_answer_response', ['responseId'])
// Covers the indicator aggregation: one item, one period, grouped by place.
@Index('idx_answer_item_period_place', ['surveyKey', 'questionName', 'periodYear', 'periodHalf', 'meetingPlaceId', 'valueNumber'])
export class ResponseAnswer {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @ForeignKey(() => SurveyResponse)
  @Column({ name: 'response_id', type: 'varchar', length: 36 })
  responseId: string;

  @Column({ name: 'survey_key', type: 'varchar', length: 64 })
  surveyKey: string;

  @Column({ name: 'survey_version', type: 'integer' })
  surveyVersion: number;

  @Column({ name: 'question_name', type: 'varchar', length: 128 })
  questionName: string;

  @Column({ name: 'meeting_place_id', type: 'varchar', length: 36 })
  meetingPlaceId: string;

  @Column({ name: 'period_year', type: 'integer' })
  periodYear: number;

  @Column({ name: 'period_half', type: 'integer' })
  periodHalf: number;

  @Column({ name: 'value_number', type: 'double precision', nullable: true })
  valueNumber: number | null;

  @Column({ name: 'value_text', type: 'text', nullable: true })
  valueText: string | null;
}
