import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { exportLayoutsOf, exportTextsOf } from './export-text';
import { SurveyResponse } from './survey-response.entity';

/** Responses rewritten per write transaction: about 0.1 s on SQLite (1,800 a second measured), so a submission queued behind one barely waits. */
const BATCH = 200;

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
export class ExportTextRefresh implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ExportTextRefresh');
  private running: Promise<number> = Promise.resolve(0);
  private stopping = false;

  constructor(
    @InjectRepository(SurveyResponse) private readonly responses: Repository<SurveyResponse>,
    @InjectRepository(SurveyVersion) private readonly versions: Repository<SurveyVersion>,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
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

  /** The refresh started at boot (0 responses if none was). */
  whenDone(): Promise<number> {
    return this.running;
  }

  /** Rewrites the texts of every response without one for its survey's column set; returns how many were written. */
  async refresh(): Promise<number> {
    const layouts = exportLayoutsOf(await this.versions.find({ select: ['surveyKey', 'version', 'definition'] }));
    const driver = this.responses.manager.connection.driver;
    let written = 0;
    for (const [surveyKey, layout] of layouts) {
      let after = '';
      for (;;) {
        if (this.stopping) return written;
        const rows = await this.responses
          .createQueryBuilder('r')
          .select(['r.id', 'r.surveyKey', 'r.surveyVersion', 'r.locale', 'r.periodYear', 'r.periodHalf', 'r.answers'])
          .where('r.survey_key = :surveyKey AND r.id > :after', { surveyKey, after })
          .andWhere('(r.export_key IS NULL OR r.export_key <> :key)', { key: layout.key })
          .orderBy('r.id', 'ASC')
          .limit(BATCH)
          .getMany();
        if (rows.length === 0) break;
        await this.transactions.run(async (manager) => {
          for (const row of rows as StoredRow[]) {
            const texts = exportTextsOf(row, layout);
            // Only if the answers are still those the text was made from (answers can be revised).
            const [sql, parameters] = driver.escapeQueryWithParameters(UPDATE, { ...texts, id: row.id, answers: row.answers }, {});
            const result = await manager.queryRunner!.query(sql, parameters, true);
            written += result.affected ?? 0;
          }
        });
        after = rows[rows.length - 1].id;
      }
    }
    if (written > 0) this.logger.log(`Export texts brought up to date for ${written} responses`);
    return written;
  }
}
