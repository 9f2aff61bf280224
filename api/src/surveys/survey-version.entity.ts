import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { SurveyInstrument } from './survey-instrument.entity';

/**
 * A published, immutable version of an instrument. `definition` is the exact text of
 * survey-definitions/<key>/v<N>.json and `checksum` its sha256, so what a response was
 * validated against can always be shown byte for byte.
 */
@Entity('survey_version')
export class SurveyVersion {
  @ForeignKey(() => SurveyInstrument)
  @PrimaryColumn({ name: 'survey_key', type: 'varchar', length: 64 })
  surveyKey: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 64 })
  checksum: string;

  @Column({ type: 'text' })
  definition: string;

  @Column({ name: 'published_at' })
  publishedAt: Date;
}
