import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ReleasesModule } from '../releases/releases.module';
import { CollectionRound } from './collection-round.entity';
import { RoundsController } from './rounds.controller';
import { RoundsService } from './rounds.service';
import { RoundSummaryService } from './round-summary.service';
import { SurveysModule } from '../surveys/surveys.module';

@Module({
  imports: [TypeOrmModule.forFeature([CollectionRound]), OrganisationsModule, ReleasesModule, AuditModule, SurveysModule],
  controllers: [RoundsController],
  providers: [RoundsService, RoundSummaryService],
  exports: [RoundsService, RoundSummaryService],
})
export class RoundsModule {}
