import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule, InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../api/src/config/app-config';
import { AppDataSource, dataSourceOptions, tuneConnection } from '../../api/src/database/data-source';
import { TransactionRunner } from '../../api/src/database/transaction-runner';
import { ExportLayout, exportLayoutsOf } from '../../api/src/responses/export-text';
import { buildResponseRecords } from '../../api/src/responses/response-records';
import { ResponseAnswer } from '../../api/src/responses/response-answer.entity';
import { insertResponseRows } from '../../api/src/responses/response-rows-sql';
import { SurveyResponse } from '../../api/src/responses/survey-response.entity';
import { SurveyVersion } from '../../api/src/surveys/survey-version.entity';

/**
 * The ingestion baseline: a bare Nest endpoint that stores the same rows into the same kind of
 * database (same engine settings, same write queue) with no validation, no idempotency check,
 * no meeting-place lookup and no problem+json machinery. Kohtaamo's POST /api/responses is
 * measured against it. It writes the export-ready texts too, as every writer of responses does.
 *
 * BARE_WRITER picks how it inserts. `typeorm` (the default) is the endpoint as issue 22 was
 * filed against: two TypeORM inserts. `rows` writes with the app's own hand-written statements
 * (response-rows-sql.ts), so that the comparison shows what group commit and the app's design
 * give, not what the faster insert gives.
 */
interface Body {
  surveyKey: string;
  surveyVersion: number;
  meetingPlaceId: string;
  clientResponseId: string;
  locale: string;
  answers: Record<string, unknown>;
}

@Controller()
class BareController {
  private readonly transactions: TransactionRunner;
  private readonly layouts: Promise<Map<string, ExportLayout>>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.transactions = new TransactionRunner(dataSource);
    this.layouts = dataSource.getRepository(SurveyVersion).find().then(exportLayoutsOf);
  }

  @Post('bare')
  @HttpCode(201)
  async insert(@Body() body: Body): Promise<{ id: string }> {
    const values = Object.entries(body.answers).flatMap(([questionName, v]) =>
      (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'number' ? { questionName, valueNumber: x, valueText: null } : { questionName, valueNumber: null, valueText: String(x) })),
    );
    const layout = (await this.layouts).get(body.surveyKey) ?? null;
    const records = buildResponseRecords(body, { id: randomUUID(), clientResponseId: body.clientResponseId }, new Date(), { answers: body.answers, values }, layout);
    await this.transactions.run(async (manager) => {
      if (WRITER === 'rows') return insertResponseRows(manager, [records]);
      await manager.insert(SurveyResponse, records.response);
      await manager.insert(ResponseAnswer, records.answers);
    });
    return { id: records.response.id };
  }
}

const config = loadConfig();
const WRITER = process.env.BARE_WRITER === 'rows' ? 'rows' : 'typeorm';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: () => dataSourceOptions(config),
      dataSourceFactory: async (options) => {
        const dataSource = await new AppDataSource(options!).initialize();
        await tuneConnection(dataSource);
        return dataSource;
      },
    }),
  ],
  controllers: [BareController],
})
class BareModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(BareModule, { logger: ['error'] });
  app.enableShutdownHooks();
  await app.listen(config.port);
  console.log('bare server ready');
}

void main();
