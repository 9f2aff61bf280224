import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SurveysModule } from '../surveys/surveys.module';
import { ActionsService } from './actions.service';
import { DevelopmentAction, DevelopmentActionNote } from './development-action.entity';
import { Evaluation } from './evaluation.entity';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';
import { RegionEvaluationsService } from './region-evaluations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Evaluation, DevelopmentAction, DevelopmentActionNote]), OrganisationsModule, SurveysModule, AuditModule],
  controllers: [EvaluationsController],
  providers: [EvaluationsService, ActionsService, RegionEvaluationsService],
  // Plans record co-development days whose agreed actions go into the same development plan;
  // the annual report reads the evaluation comparison and the actions.
  exports: [EvaluationsService, ActionsService],
})
export class EvaluationsModule {}
