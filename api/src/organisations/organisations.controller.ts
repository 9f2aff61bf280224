import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Public } from '../auth/auth.decorators';
import type { Principal } from '../access/principal';
import { ProblemDto } from '../common/problem.dto';
import { CreateMeetingPlaceDto, UpdateMeetingPlaceDto } from './dto/meeting-place-input.dto';
import { MeetingPlaceDto, MeetingPlaceQueryDto, MunicipalityDto, RegionDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';
import { PLACE_MANAGER_ROLES, REGION_MANAGER_ROLES } from '../access/access-policy';

@ApiTags('organisations')
@Controller()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get('regions')
  @Public()
  @ApiOkResponse({ type: [RegionDto], description: 'The 21 wellbeing regions and Helsinki' })
  listRegions(): Promise<RegionDto[]> {
    return this.organisations.listRegions();
  }

  @Get('municipalities')
  @Public()
  @ApiOkResponse({ type: [MunicipalityDto], description: 'Municipalities with their 3-digit codes, optionally of one region' })
  @ApiNotFoundResponse({ description: 'Unknown region' })
  listMunicipalities(@Query() query: MeetingPlaceQueryDto): Promise<MunicipalityDto[]> {
    return this.organisations.listMunicipalities(query.region);
  }

  @Get('meeting-places')
  @Public()
  @ApiOkResponse({ type: [MeetingPlaceDto] })
  @ApiNotFoundResponse({ description: 'Unknown region' })
  listMeetingPlaces(@Query() query: MeetingPlaceQueryDto): Promise<MeetingPlaceDto[]> {
    return this.organisations.listMeetingPlaces(query.region);
  }

  @Get('meeting-places/:slugOrId')
  @Public()
  @ApiOkResponse({ type: MeetingPlaceDto })
  @ApiNotFoundResponse({ description: 'Unknown meeting place' })
  getMeetingPlace(@Param('slugOrId') slugOrId: string): Promise<MeetingPlaceDto> {
    return this.organisations.getMeetingPlace(slugOrId);
  }

  @Post('meeting-places')
  @Allow(...REGION_MANAGER_ROLES)
  @ApiOperation({ summary: 'Add a meeting place', description: "Admin, or a region-analyst in the municipality's region." })
  @ApiCreatedResponse({ type: MeetingPlaceDto, description: 'The place as GET /api/meeting-places lists it' })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid fields, unknown municipality or service area' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The slug is taken' })
  createMeetingPlace(@CurrentPrincipal() principal: Principal, @Body() body: CreateMeetingPlaceDto): Promise<MeetingPlaceDto> {
    return this.organisations.createMeetingPlace(principal, body);
  }

  @Patch('meeting-places/:slugOrId')
  @Allow(...PLACE_MANAGER_ROLES)
  @ApiOperation({
    summary: 'Edit or deactivate a meeting place',
    description:
      "Name, address and organisations: admin, the region's analyst or the place's coordinator. " +
      "Municipality, service area and active: admin or the region's analyst. The slug never changes; a place is never deleted.",
  })
  @ApiOkResponse({ type: MeetingPlaceDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  updateMeetingPlace(
    @CurrentPrincipal() principal: Principal,
    @Param('slugOrId') slugOrId: string,
    @Body() body: UpdateMeetingPlaceDto,
  ): Promise<MeetingPlaceDto> {
    return this.organisations.updateMeetingPlace(principal, slugOrId, body);
  }
}
