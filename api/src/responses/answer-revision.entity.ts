import { Column, Entity, EntityManager, PrimaryColumn } from 'typeorm';

/**
 * How often answers were written into a half-year of an instrument after it had closed (paper
 * imports, late answers): instances keep counts of closed half-years only while this is unchanged.
 */
@Entity('answer_revision')
export class AnswerRevision {
  @PrimaryColumn({ name: 'survey_key', type: 'varchar', length: 64 })
  surveyKey: string;

  @PrimaryColumn({ name: 'period_year', type: 'integer' })
  periodYear: number;

  @PrimaryColumn({ name: 'period_half', type: 'smallint' })
  periodHalf: number;

  @Column({ type: 'integer', default: 0 })
  revision: number;
}

/** Raises the revision of a half-year, inside the transaction that writes into it. */
export async function raiseAnswerRevision(manager: EntityManager, surveyKey: string, periodYear: number, periodHalf: number): Promise<void> {
  const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
    'INSERT INTO answer_revision (survey_key, period_year, period_half, revision) VALUES (:surveyKey, :periodYear, :periodHalf, 1) ' +
      'ON CONFLICT (survey_key, period_year, period_half) DO UPDATE SET revision = answer_revision.revision + 1',
    { surveyKey, periodYear, periodHalf },
    {},
  );
  await manager.query(sql, parameters);
}
