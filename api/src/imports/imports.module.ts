import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ResponsesModule } from '../responses/responses.module';
import { RoundsModule } from '../rounds/rounds.module';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [TypeOrmModule.forFeature([SurveyVersion]), OrganisationsModule, ResponsesModule, RoundsModule, AuditModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
