import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SurveysModule } from '../surveys/surveys.module';
import { ResponseAnswer } from './response-answer.entity';
import { ResponsesController } from './responses.controller';
import { ResponsesService } from './responses.service';
import { SurveyResponse } from './survey-response.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SurveyResponse, ResponseAnswer]), SurveysModule, OrganisationsModule],
  controllers: [ResponsesController],
  providers: [ResponsesService],
  exports: [ResponsesService],
})
export class ResponsesModule {}
