import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SURVEY_AUDIENCES = ['families', 'children-with-adult', 'partners', 'staff'] as const;
export type SurveyAudience = (typeof SURVEY_AUDIENCES)[number];

/** One of the instruments (visitor survey, instant feedback …); its versions hold the content. */
@Entity('survey_instrument')
export class SurveyInstrument {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'varchar', length: 64 })
  kind: string;

  @Column({ type: 'varchar', length: 32 })
  audience: SurveyAudience;

  @Column({ name: 'title_fi', type: 'varchar' })
  titleFi: string;

  @Column({ name: 'title_sv', type: 'varchar' })
  titleSv: string;

  @Column({ name: 'title_en', type: 'varchar' })
  titleEn: string;
}
