import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SurveyInstrument } from '../surveys/survey-instrument.entity';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { SurveysModule } from '../surveys/surveys.module';
import { RoundsModule } from '../rounds/rounds.module';
import { KiosksModule } from '../kiosks/kiosks.module';
import { ResponseAnswer } from './response-answer.entity';
import { ExportTextRefresh } from './export-text-refresh.service';
import { FreeTextController } from './free-text.controller';
import { FreeTextService } from './free-text.service';
import { RespondentLanguagesService } from './respondent-languages.service';
import { ResponsesController } from './responses.controller';
import { ResponseRateLimiter } from './response-rate-limiter';
import { ResponsesService } from './responses.service';
import { SurveyResponse } from './survey-response.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SurveyResponse, ResponseAnswer, SurveyVersion, SurveyInstrument]), SurveysModule, OrganisationsModule, RoundsModule, KiosksModule, AuditModule],
  controllers: [ResponsesController, FreeTextController],
  providers: [ResponsesService, ExportTextRefresh, FreeTextService, RespondentLanguagesService, ResponseRateLimiter],
  exports: [ResponsesService],
})
export class ResponsesModule {}
