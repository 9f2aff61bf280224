import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem';
import { SurveyDto, SurveyVersionDto } from './dto/survey.dto';
import { SurveysService } from './surveys.service';

@ApiTags('surveys')
@Controller('surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: [SurveyDto] })
  list(): Promise<SurveyDto[]> {
    return this.surveys.list();
  }

  @Get(':key/versions/:version')
  @Public()
  @ApiParam({ name: 'version', description: 'A version number or "current"', example: 'current' })
  @ApiOkResponse({ type: SurveyVersionDto })
  @ApiNotFoundResponse({ description: 'Unknown survey or version' })
  getVersion(@Param('key') key: string, @Param('version') version: string): Promise<SurveyVersionDto> {
    if (version !== 'current' && !/^[1-9]\d{0,5}$/.test(version)) {
      throw new ProblemException(400, 'validation', 'The version must be a positive whole number or "current".', [
        { field: 'version', message: 'must be a positive whole number or "current"' },
      ]);
    }
    return this.surveys.getVersion(key, version === 'current' ? 'current' : Number(version));
  }
}
