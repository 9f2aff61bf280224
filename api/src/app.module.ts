import { DynamicModule, Module } from '@nestjs/common';
import { AnnualReportsModule } from './annual-reports/annual-reports.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { Clock } from './common/clock';
import { CommonModule } from './common/common.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ExportsModule } from './exports/exports.module';
import { SeedModule } from './database/seeds/seed.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ResponsesModule } from './responses/responses.module';
import { RoundsModule } from './rounds/rounds.module';
import { KiosksModule } from './kiosks/kiosks.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { PlansModule } from './plans/plans.module';
import { SurveysModule } from './surveys/surveys.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule.forRoot(clock),
        DatabaseModule,
        SeedModule,
        AuditModule,
        AuthModule,
        UsersModule,
        HealthModule,
        OrganisationsModule,
        SurveysModule,
        ResponsesModule,
        IndicatorsModule,
        RoundsModule,
        KiosksModule,
        EvaluationsModule,
        PlansModule,
        ExportsModule,
        ImportsModule,
        AnnualReportsModule,
      ],
    };
  }
}
