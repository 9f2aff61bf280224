import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { MeetingPlaceDto, MeetingPlaceQueryDto, RegionDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get('regions')
  @ApiOkResponse({ type: [RegionDto], description: 'The 21 wellbeing regions and Helsinki' })
  listRegions(): Promise<RegionDto[]> {
    return this.organisations.listRegions();
  }

  @Get('meeting-places')
  @ApiOkResponse({ type: [MeetingPlaceDto] })
  @ApiNotFoundResponse({ description: 'Unknown region' })
  listMeetingPlaces(@Query() query: MeetingPlaceQueryDto): Promise<MeetingPlaceDto[]> {
    return this.organisations.listMeetingPlaces(query.region);
  }

  @Get('meeting-places/:slugOrId')
  @ApiOkResponse({ type: MeetingPlaceDto })
  @ApiNotFoundResponse({ description: 'Unknown meeting place' })
  getMeetingPlace(@Param('slugOrId') slugOrId: string): Promise<MeetingPlaceDto> {
    return this.organisations.getMeetingPlace(slugOrId);
  }
}
