import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { MeetingPlace } from './meeting-place.entity';
import { Municipality } from './municipality.entity';
import { Organisation } from './organisation.entity';
import { Region } from './region.entity';
import { ServiceArea } from './service-area.entity';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { ServiceAreasController } from './service-areas.controller';
import { ServiceAreasService } from './service-areas.service';

@Module({
  imports: [TypeOrmModule.forFeature([Region, Municipality, ServiceArea, Organisation, MeetingPlace]), AuditModule],
  controllers: [OrganisationsController, ServiceAreasController],
  providers: [OrganisationsService, ServiceAreasService],
  exports: [OrganisationsService, ServiceAreasService],
})
export class OrganisationsModule {}
