import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { ExportLayout, exportLayoutsOf, exportTextsOf } from './export-text';
import { SurveyResponse } from './survey-response.entity';

/** Responses rewritten per write transaction: under 0.1 s on SQLite (2,300 a second measured), so a submission queued behind one barely waits. */
const BATCH = 200;

/** Responses looked at per read: a few milliseconds of the table in id order. */
const WINDOW = 2000;

// One plain statement per response: no entity metadata or query builder work per row.
const UPDATE = 'UPDATE response SET export_key = :exportKey, export_rfc4180 = :exportRfc4180, export_excel_fi = :exportExcelFi WHERE id = :id AND answers = :answers';

type StoredRow = Pick<SurveyResponse, 'id' | 'surveyKey' | 'surveyVersion' | 'locale' | 'periodYear' | 'periodHalf' | 'answers'>;

/**
 * Brings the export-ready texts (export-text.ts) up to date: once a survey's new version
 * changes its column set, or for responses stored before the texts existed, responses.csv would
 * otherwise build every one of those lines from the answers for good (about twice as slow at a
 * million rows, docs/benchmarks.md). Runs in the background after every boot, a batch per write
 * transaction, so that submissions keep their turn; the export is correct before, during and
 * after it, since it uses only a text whose key is its column set's.
 */
@Injectable()
export class ExportTextRefresh implements OnApplicationShutdown {
  private readonly logger = new Logger('ExportTextRefresh');
  private running: Promise<number> = Promise.resolve(0);
  private stopping = false;

  constructor(
    @InjectRepository(SurveyResponse) private readonly responses: Repository<SurveyResponse>,
    @InjectRepository(SurveyVersion) private readonly versions: Repository<SurveyVersion>,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Starts the refresh in the background, unless EXPORT_TEXT_REFRESH=false. Called once the
   * app is seeded (app.factory.ts): the seed publishes new versions, whose column set it needs.
   */
  startInBackground(): void {
    if (!this.config.refreshExportTexts) return;
    this.running = this.refresh().catch((error: unknown) => {
      this.logger.error(`Export texts not brought up to date: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  /** The refresh started at boot: how many responses it wrote (0 if none was started). */
  whenDone(): Promise<number> {
    return this.running;
  }

  /** Rewrites the texts of every response without one for its survey's column set; returns how many were written. */
  async refresh(): Promise<number> {
    const layouts = exportLayoutsOf(await this.versions.find({ select: ['surveyKey', 'version', 'definition'] }));
    if (layouts.size === 0) return 0;
    // Each survey's current key, for the database to compare each response's with.
    const parameters: Record<string, string> = {};
    const cases = [...layouts].map(([surveyKey, layout], i) => {
      Object.assign(parameters, { [`survey${i}`]: surveyKey, [`key${i}`]: layout.key });
      return `WHEN :survey${i} THEN :key${i}`;
    });
    const stale = `(r.export_key IS NULL OR r.export_key <> CASE r.survey_key ${cases.join(' ')} END)`;
    let written = 0;
    let after = '';
    for (;;) {
      if (this.stopping) return written;
      // A window of the table in id order, its end read from the primary key's index alone: every
      // query stays short, so that it never holds up a submission or an export for long (on
      // SQLite they share one connection), and a boot with nothing stale reads the table once.
      const [end] = await this.responses.createQueryBuilder('r').select('r.id', 'id').where('r.id > :after', { after }).orderBy('r.id', 'ASC').offset(WINDOW - 1).limit(1).getRawMany<{ id: string }>();
      const query = this.responses
        .createQueryBuilder('r')
        .select(['r.id', 'r.surveyKey', 'r.surveyVersion', 'r.locale', 'r.periodYear', 'r.periodHalf', 'r.answers'])
        .where('r.id > :after', { after })
        .andWhere(stale, parameters);
      if (end) query.andWhere('r.id <= :end', { end: end.id });
      const rows = (await query.getMany()) as StoredRow[];
      for (let i = 0; i < rows.length; i += BATCH) written += await this.rewrite(rows.slice(i, i + BATCH), layouts);
      if (!end) break;
      after = end.id;
    }
    if (written > 0) this.logger.log(`Export texts brought up to date for ${written} responses`);
    return written;
  }

  /** One write transaction: these responses' texts for their surveys' column sets. */
  private async rewrite(rows: StoredRow[], layouts: Map<string, ExportLayout>): Promise<number> {
    const driver = this.responses.manager.connection.driver;
    let written = 0;
    await this.transactions.run(async (manager) => {
      for (const row of rows) {
        const layout = layouts.get(row.surveyKey);
        if (!layout) continue;
        // Only if the answers are still those the text was made from (answers can be revised).
        const [sql, values] = driver.escapeQueryWithParameters(UPDATE, { ...exportTextsOf(row, layout), id: row.id, answers: row.answers }, {});
        const result = await manager.queryRunner!.query(sql, values, true);
        written += result.affected ?? 0;
      }
    });
    return written;
  }
}
