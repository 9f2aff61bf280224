import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { Region } from '../organisations/region.entity';
import { SurveyResponse } from '../responses/survey-response.entity';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { ExportTokensController } from './export-tokens.controller';
import { ExportTokensModule } from './export-tokens.module';
import { ExportsController } from './exports.controller';
import { IndicatorExportService } from './indicator-export.service';
import { ResponseExportService } from './response-export.service';
import { ExportAuditService } from './export-audit.service';
import { WorkbookExportService } from './workbook-export.service';
import { WorkbookExportsController } from './workbook-exports.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Region, MeetingPlace, SurveyResponse, SurveyVersion]), AuditModule, IndicatorsModule, ExportTokensModule],
  controllers: [ExportsController, ExportTokensController, WorkbookExportsController],
  providers: [
    ResponseExportService,
    IndicatorExportService,
    WorkbookExportService,
    ExportAuditService,
  ],
  exports: [ExportAuditService],
})
export class ExportsModule {}
