import { Module } from '@nestjs/common';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { ExportsModule } from '../exports/exports.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlansModule } from '../plans/plans.module';
import { RoundsModule } from '../rounds/rounds.module';
import { ANNUAL_PLANNING_READER, AnnualReportDataService } from './annual-report-data.service';
import { AnnualReportsController } from './annual-reports.controller';
import { AnnualReportsService } from './annual-reports.service';
import { PlansAnnualPlanningReader } from './plans-annual-planning.reader';

@Module({
  imports: [OrganisationsModule, IndicatorsModule, RoundsModule, EvaluationsModule, ExportsModule, PlansModule],
  controllers: [AnnualReportsController],
  providers: [AnnualReportDataService, AnnualReportsService, { provide: ANNUAL_PLANNING_READER, useClass: PlansAnnualPlanningReader }],
})
export class AnnualReportsModule {}
