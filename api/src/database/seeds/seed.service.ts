import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Municipality } from '../../organisations/municipality.entity';
import { MeetingPlace } from '../../organisations/meeting-place.entity';
import { Region } from '../../organisations/region.entity';
import { readInstrumentIndex, readPublishedDefinitions } from '../../surveys/survey-definition-files';
import { SurveyInstrument } from '../../surveys/survey-instrument.entity';
import { SurveyVersion } from '../../surveys/survey-version.entity';
import { UsersService } from '../../users/users.service';
import { TransactionRunner } from '../transaction-runner';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { seedDemoData } from './demo-data';
import { MUNICIPALITIES } from './municipalities';
import { REGIONS } from './regions';

/**
 * Runs at every boot. Reference data (regions, municipalities, survey definitions) is upserted
 * idempotently; the ADMIN_EMAIL account is ensured; demo data (places, accounts, responses)
 * goes only into a new database (one without meeting places).
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    await this.transactions.run((manager) => this.seedReferenceData(manager));
    if (this.config.admin) await this.users.ensureAdmin(this.config.admin.email, this.config.admin.password);
    if (this.config.demoData && (await this.dataSource.getRepository(MeetingPlace).count()) === 0) {
      const started = Date.now();
      const counts = await this.transactions.run((manager) => seedDemoData(manager, this.clock.now()));
      const accounts = await this.users.seedAccounts(DEMO_ACCOUNTS);
      this.logger.log(
        `Demo data: ${counts.places} meeting places, ${counts.responses} responses, ${accounts} accounts (${Date.now() - started} ms)`,
      );
    }
  }

  private async seedReferenceData(manager: EntityManager): Promise<void> {
    await manager.upsert(
      Region,
      REGIONS.map((r) => ({ code: r.code, nameFi: r.fi, nameSv: r.sv, nameEn: r.en })),
      ['code'],
    );
    await manager.upsert(
      Municipality,
      MUNICIPALITIES.map((m) => ({ code: m.code, regionCode: m.regionCode, nameFi: m.fi, nameSv: m.sv, nameEn: m.en })),
      ['code'],
    );
    // Instrument metadata (titles, audience) may be corrected; published versions may not.
    await manager.upsert(
      SurveyInstrument,
      readInstrumentIndex().map((i) => ({
        key: i.key,
        kind: i.kind,
        audience: i.audience,
        titleFi: i.title.fi,
        titleSv: i.title.sv,
        titleEn: i.title.en,
      })),
      ['key'],
    );
    const stored = await manager.find(SurveyVersion, { select: ['surveyKey', 'version', 'checksum'] });
    const storedChecksum = new Map(stored.map((v) => [`${v.surveyKey}/v${v.version}`, v.checksum]));
    for (const file of readPublishedDefinitions()) {
      const existing = storedChecksum.get(`${file.key}/v${file.version}`);
      if (existing === undefined) {
        await manager.insert(SurveyVersion, {
          surveyKey: file.key,
          version: file.version,
          checksum: file.checksum,
          definition: file.text,
          publishedAt: file.publishedAt,
        });
      } else if (existing !== file.checksum) {
        throw new Error(
          `${file.key} v${file.version} differs from the version this database published (sha256 ${existing}). ` +
            'Published versions never change: publish the change as a new version file.',
        );
      }
    }
  }
}
