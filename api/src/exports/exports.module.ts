import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { BEARER_AUTHENTICATOR } from '../auth/bearer-authenticator';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { Region } from '../organisations/region.entity';
import { SurveyResponse } from '../responses/survey-response.entity';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { UserAccount } from '../users/user-account.entity';
import { ExportToken } from './export-token.entity';
import { ExportTokensController } from './export-tokens.controller';
import { ExportTokensService } from './export-tokens.service';
import { ExportsController } from './exports.controller';
import { IndicatorExportService } from './indicator-export.service';
import { ResponseExportService } from './response-export.service';
import { ExportAuditService } from './export-audit.service';
import { WorkbookExportService } from './workbook-export.service';
import { WorkbookExportsController } from './workbook-exports.controller';

/** Global because the auth guard looks up BEARER_AUTHENTICATOR wherever it runs. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ExportToken, Region, MeetingPlace, SurveyResponse, SurveyVersion, UserAccount]), AuditModule, IndicatorsModule],
  controllers: [ExportsController, ExportTokensController, WorkbookExportsController],
  providers: [
    ResponseExportService,
    IndicatorExportService,
    ExportTokensService,
    WorkbookExportService,
    ExportAuditService,
    { provide: BEARER_AUTHENTICATOR, useExisting: ExportTokensService },
  ],
  exports: [BEARER_AUTHENTICATOR, ExportTokensService],
})
export class ExportsModule {}
