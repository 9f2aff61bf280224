import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ANY_ROLE, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../access/principal';
import { ProblemDto } from '../common/problem.dto';
import { CreateServiceAreaDto, ServiceAreaDto, ServiceAreaQueryDto, UpdateServiceAreaDto } from './dto/service-area.dto';
import { ServiceAreasService } from './service-areas.service';
import { REGION_MANAGER_ROLES } from '../access/access-policy';

@ApiTags('organisations')
@Controller('service-areas')
export class ServiceAreasController {
  constructor(private readonly serviceAreas: ServiceAreasService) {}

  @Get()
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'Service areas, inactive ones included' })
  @ApiOkResponse({ type: [ServiceAreaDto] })
  list(@Query() query: ServiceAreaQueryDto): Promise<ServiceAreaDto[]> {
    return this.serviceAreas.list(query);
  }

  @Post()
  @Allow(...REGION_MANAGER_ROLES)
  @ApiOperation({ summary: 'Add a service area', description: "Admin, or a region-analyst in the municipality's region." })
  @ApiCreatedResponse({ type: ServiceAreaDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid fields or unknown municipality' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The id is taken' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateServiceAreaDto): Promise<ServiceAreaDto> {
    return this.serviceAreas.create(principal, body);
  }

  @Patch(':id')
  @Allow(...REGION_MANAGER_ROLES)
  @ApiOperation({ summary: 'Rename or deactivate a service area', description: "Admin, or the region's analyst. Never deleted." })
  @ApiOkResponse({ type: ServiceAreaDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: UpdateServiceAreaDto): Promise<ServiceAreaDto> {
    return this.serviceAreas.update(principal, id, body);
  }
}
