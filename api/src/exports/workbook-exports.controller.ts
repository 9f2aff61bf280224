import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, AllowExportToken, ANY_ROLE, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../access/principal';
import { IndicatorsWorkbookQueryDto, ResponsesWorkbookQueryDto } from './dto/export-query.dto';
import { ExportAuditService } from './export-audit.service';
import { PreparedWorkbook, WorkbookExportService, XLSX_CONTENT_TYPE } from './workbook-export.service';
import { ROW_LEVEL_ROLES } from '../access/access-policy';

/** The XLSX workbooks beside the CSV files: same scope, roles, token access and audit. */
@ApiTags('exports')
@Controller('exports')
export class WorkbookExportsController {
  constructor(
    private readonly workbooks: WorkbookExportService,
    private readonly exportAudit: ExportAuditService,
  ) {}

  @Get('indicators.xlsx')
  @Allow(...ANY_ROLE)
  @AllowExportToken()
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'The figures of indicators.csv as a workbook with a codebook and a Read-me sheet; see docs/csv-format.md', schema: { type: 'string', format: 'binary' } })
  async indicators(@Query() query: IndicatorsWorkbookQueryDto, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const prepared = await this.workbooks.prepareIndicators(principal, query);
    await this.exportAudit.recordDownload(principal, 'indicators.xlsx', { ...query });
    await send(res, prepared);
  }

  // Response rows are the most detailed data Kohtaamo gives out: admins and region analysts only.
  @Get('responses.xlsx')
  @Allow(...ROW_LEVEL_ROLES)
  @AllowExportToken()
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'One row per response in your scope, with labels and a codebook; see docs/csv-format.md', schema: { type: 'string', format: 'binary' } })
  async responses(@Query() query: ResponsesWorkbookQueryDto, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const prepared = await this.workbooks.prepareResponses(principal, query);
    await this.exportAudit.recordDownload(principal, 'responses.xlsx', { ...query });
    await send(res, prepared);
  }
}

async function send(res: Response, workbook: PreparedWorkbook): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${workbook.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  let closed = false;
  res.on('close', () => (closed = true));
  // The workbook writer ends the response when the zip is complete.
  await workbook.write(res, () => closed);
}
