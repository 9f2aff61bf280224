import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { Municipality } from '../organisations/municipality.entity';
import { Region } from '../organisations/region.entity';
import { ServiceArea } from '../organisations/service-area.entity';
import { ResponsesModule } from '../responses/responses.module';
import { RoundsModule } from '../rounds/rounds.module';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [TypeOrmModule.forFeature([Region, Municipality, ServiceArea, MeetingPlace, SurveyVersion]), ResponsesModule, RoundsModule, AuditModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
