import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { Evaluation } from '../evaluations/evaluation.entity';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ServiceArea } from '../organisations/service-area.entity';
import { CollectionRound } from '../rounds/collection-round.entity';
import { RoundsModule } from '../rounds/rounds.module';
import { CoDevelopmentDay } from './co-development-day.entity';
import { CoDevelopmentDaysService } from './co-development-days.service';
import { EvaluationPlan } from './evaluation-plan.entity';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

/**
 * Evaluation plans, co-development days, targets and reminders (issue #21). Exports its
 * services for the annual report, which reads a place's plan and days of a year.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([EvaluationPlan, CoDevelopmentDay, Evaluation, CollectionRound, MeetingPlace, ServiceArea]),
    OrganisationsModule,
    RoundsModule,
    EvaluationsModule,
    IndicatorsModule,
    AuditModule,
  ],
  controllers: [PlansController],
  providers: [PlansService, CoDevelopmentDaysService],
  exports: [PlansService, CoDevelopmentDaysService],
})
export class PlansModule {}
