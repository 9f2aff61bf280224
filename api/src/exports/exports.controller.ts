import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ROW_LEVEL_ROLES } from '../access/access-policy';
import { Allow, AllowExportToken, ANY_ROLE, CurrentPrincipal } from '../auth/auth.decorators';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../access/principal';
import { CodebookQueryDto, IndicatorsExportQueryDto, ResponsesExportQueryDto } from './dto/export-query.dto';
import { ExportTokensService } from './export-tokens.service';
import { IndicatorExportService } from './indicator-export.service';
import { ResponseExportService } from './response-export.service';
import { startCsv } from './csv-response';

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly responseExport: ResponseExportService,
    private readonly indicatorExport: IndicatorExportService,
    private readonly tokens: ExportTokensService,
    private readonly audit: AuditService,
  ) {}

  @Get('indicators.csv')
  @Allow(...ANY_ROLE)
  @AllowExportToken()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per area and indicator, suppressed as in the API; see docs/csv-format.md', schema: { type: 'string' } })
  async indicators(@Query() query: IndicatorsExportQueryDto, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const { text, filename } = await this.indicatorExport.csv(query);
    if (principal.exportTokenId) await this.tokens.recordUse(principal.exportTokenId, 'indicators.csv', { ...query });
    startCsv(res, filename);
    res.end(text);
  }

  @Get('responses.csv')
  @Allow(...ROW_LEVEL_ROLES)
  @AllowExportToken()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per response in your scope, without written answers; see docs/csv-format.md', schema: { type: 'string' } })
  async responses(@Query() query: ResponsesExportQueryDto, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const { filename, write } = await this.responseExport.prepareResponses(principal, query);
    await this.recordRowLevelDownload(principal, 'responses.csv', { ...query });
    startCsv(res, filename);
    let closed = false;
    res.on('close', () => (closed = true));
    await write(res, () => closed);
    res.end();
  }

  @Get('codebook.csv')
  @Allow(...ANY_ROLE)
  @AllowExportToken()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per column of responses.csv', schema: { type: 'string' } })
  async codebook(@Query() query: CodebookQueryDto, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const { text, filename } = await this.responseExport.codebook(query);
    if (principal.exportTokenId) await this.tokens.recordUse(principal.exportTokenId, 'codebook.csv', { ...query });
    startCsv(res, filename);
    res.end(text);
  }

  /** Row-level data is audited at every download, by a session as by an export token. */
  private async recordRowLevelDownload(principal: Principal, what: string, query: Record<string, unknown>): Promise<void> {
    if (principal.exportTokenId) await this.tokens.recordUse(principal.exportTokenId, what, query);
    else await this.audit.recordRead({ actorId: principal.userId, action: 'export.downloaded', details: { export: what, ...query } });
  }
}
