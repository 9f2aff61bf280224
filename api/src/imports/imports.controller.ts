import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../access/principal';
import { ValidationProblem } from '../common/problem';
import { ImportQueryDto, ImportResultDto, PaperImportQueryDto } from './dto/import.dto';
import { ImportsService } from './imports.service';
import { PLACE_MANAGER_ROLES, REGION_MANAGER_ROLES } from '../access/access-policy';

const CSV_BODY = { schema: { type: 'string', format: 'binary' }, description: 'The CSV file (text/csv, UTF-8, at most 2 MiB)' };

function csvText(body: unknown): string {
  if (typeof body !== 'string' || body.trim() === '') {
    throw new ValidationProblem([{ field: 'file', message: 'Send the CSV file as the request body with Content-Type: text/csv.' }]);
  }
  return body;
}

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('registry')
  @HttpCode(200)
  @Allow(...REGION_MANAGER_ROLES)
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  @ApiOkResponse({ type: ImportResultDto, description: 'Per-row actions and errors; with mode=apply, the rows were written' })
  registry(@Query() query: ImportQueryDto, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<ImportResultDto> {
    return this.imports.importRegistry(principal, csvText(body), query.dialect ?? 'rfc4180', query.mode === 'apply');
  }

  @Post('responses')
  @HttpCode(200)
  @Allow(...PLACE_MANAGER_ROLES)
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  @ApiOkResponse({ type: ImportResultDto, description: 'Per-row actions and errors; with mode=apply, the responses were stored' })
  responses(@Query() query: PaperImportQueryDto, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<ImportResultDto> {
    return this.imports.importPaperResponses(principal, query.survey, csvText(body), query.dialect ?? 'rfc4180', query.mode === 'apply');
  }
}
