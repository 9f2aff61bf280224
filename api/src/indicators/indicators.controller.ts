import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ANY_ROLE } from '../auth/auth.decorators';
import { ProblemDto } from '../common/problem.dto';
import { ComparisonQueryDto, IndicatorQueryDto, SeriesQueryDto } from './dto/indicator-query.dto';
import { AreaIndicatorsDto, IndicatorComparisonDto, IndicatorSeriesDto } from './dto/indicator-result.dto';
import { IndicatorsService } from './indicators.service';

/**
 * Aggregated, small-cell-protected indicators. Every logged-in role may read every area: the
 * figures are suppressed the same way for everyone (docs/disclosure.md), and places compare
 * themselves with each other.
 */
@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get()
  @Allow(...ANY_ROLE)
  @ApiOperation({
    summary: 'Every indicator of a period for one area',
    description:
      'A year (2026) gives the indicators published per year, a half-year (2026-H1) those published per half-year ' +
      '(instant-positive, child-heard, child-feels-good). Each comes with the previous period and the change.',
  })
  @ApiOkResponse({ type: AreaIndicatorsDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid level, code or period (field errors)' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No area with that code' })
  forArea(@Query() query: IndicatorQueryDto): Promise<AreaIndicatorsDto> {
    return this.indicators.forArea(query);
  }

  @Get('series')
  @Allow(...ANY_ROLE)
  @ApiOperation({ summary: 'One indicator for one area over every period with answers' })
  @ApiOkResponse({ type: IndicatorSeriesDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid level, code, indicator or granularity' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No area with that code' })
  series(@Query() query: SeriesQueryDto): Promise<IndicatorSeriesDto> {
    return this.indicators.series(query);
  }

  @Get('comparison')
  @Allow(...ANY_ROLE)
  @ApiOperation({
    summary: 'The areas at one level inside an area, side by side',
    description: 'E.g. the meeting places, service areas or municipalities of a region, or the regions of the country.',
  })
  @ApiOkResponse({ type: IndicatorComparisonDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: 'Invalid level, code, period or childLevel' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No area with that code' })
  comparison(@Query() query: ComparisonQueryDto): Promise<IndicatorComparisonDto> {
    return this.indicators.comparison(query);
  }
}
