import { Module } from '@nestjs/common';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { ExportsModule } from '../exports/exports.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RoundsModule } from '../rounds/rounds.module';
import { AnnualReportDataService } from './annual-report-data.service';
import { AnnualReportsController } from './annual-reports.controller';
import { AnnualReportsService } from './annual-reports.service';

@Module({
  imports: [OrganisationsModule, IndicatorsModule, RoundsModule, EvaluationsModule, ExportsModule],
  controllers: [AnnualReportsController],
  providers: [AnnualReportDataService, AnnualReportsService],
})
export class AnnualReportsModule {}
