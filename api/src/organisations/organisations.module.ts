import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingPlace } from './meeting-place.entity';
import { Municipality } from './municipality.entity';
import { Organisation } from './organisation.entity';
import { Region } from './region.entity';
import { ServiceArea } from './service-area.entity';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Region, Municipality, ServiceArea, Organisation, MeetingPlace])],
  controllers: [OrganisationsController],
  providers: [OrganisationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
