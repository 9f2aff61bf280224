import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ReportLanguage } from '../../../reports/annual-report';
import { ANNUAL_REPORT_READER_ROLES, REGION_ANNUAL_REPORT_READER_ROLES } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem';
import { ProblemDto } from '../common/problem.dto';
import { AnnualReportDataService } from './annual-report-data.service';
import { AnnualReportsService } from './annual-reports.service';
import { AnnualReportDto, AnnualReportQueryDto, RegionAnnualReportDto } from './dto/annual-report.dto';

const YEAR = /^(20[2-9][0-9]|2100)$/;

/**
 * The steering group's annual report: JSON for the printable page, PDF for download (rendered
 * on the server). Figures only: released, suppressed as everywhere, never written answers.
 * The PDF routes come first: "2026.pdf" must not reach the JSON route's :year.
 */
@ApiTags('annual-reports')
@Controller()
export class AnnualReportsController {
  constructor(
    private readonly data: AnnualReportDataService,
    private readonly reports: AnnualReportsService,
  ) {}

  @Get('meeting-places/:slugOrId/annual-report/:year.pdf')
  @Allow(...ANNUAL_REPORT_READER_ROLES)
  @ApiOperation({
    summary: 'A place’s annual report as an A4 PDF',
    description: 'The place’s coordinators and steering group, its region’s analysts and admins. Every download is audited.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF (attachment)', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ProblemDto })
  async placePdf(
    @CurrentPrincipal() principal: Principal,
    @Param('slugOrId') slugOrId: string,
    @Param('year') year: string,
    @Query() query: AnnualReportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const { pdf, filename } = await this.reports.placePdf(principal, slugOrId, requireYear(year), languageOf(query));
    sendPdf(res, pdf, filename);
  }

  @Get('meeting-places/:slugOrId/annual-report/:year')
  @Allow(...ANNUAL_REPORT_READER_ROLES)
  @ApiOperation({ summary: 'A place’s annual report as data (the printable page)', description: 'Who may read it: as the PDF.' })
  @ApiOkResponse({ type: AnnualReportDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  place(@CurrentPrincipal() principal: Principal, @Param('slugOrId') slugOrId: string, @Param('year') year: string): Promise<AnnualReportDto> {
    return this.data.placeReport(principal, slugOrId, requireYear(year));
  }

  @Get('regions/:code/annual-report/:year.pdf')
  @Allow(...REGION_ANNUAL_REPORT_READER_ROLES)
  @ApiOperation({ summary: 'A region’s annual report as a PDF: its places side by side', description: 'The region’s analysts and admins. Every download is audited.' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF (attachment)', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ProblemDto })
  async regionPdf(
    @CurrentPrincipal() principal: Principal,
    @Param('code') code: string,
    @Param('year') year: string,
    @Query() query: AnnualReportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const { pdf, filename } = await this.reports.regionPdf(principal, code, requireYear(year), languageOf(query));
    sendPdf(res, pdf, filename);
  }

  @Get('regions/:code/annual-report/:year')
  @Allow(...REGION_ANNUAL_REPORT_READER_ROLES)
  @ApiOperation({ summary: 'A region’s annual report as data: one row per place', description: 'The region’s analysts and admins.' })
  @ApiOkResponse({ type: RegionAnnualReportDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  region(@CurrentPrincipal() principal: Principal, @Param('code') code: string, @Param('year') year: string): Promise<RegionAnnualReportDto> {
    return this.data.regionReport(principal, code, requireYear(year));
  }
}

function requireYear(text: string): number {
  if (!YEAR.test(text)) throw new ProblemException(404, 'not-found', `"${text}" is not a year.`);
  return Number(text);
}

function languageOf(query: AnnualReportQueryDto): ReportLanguage {
  return query.lang ?? 'fi';
}

/** A named attachment, never cached (it holds the place's figures). */
function sendPdf(res: Response, pdf: Buffer, filename: string): void {
  res.status(200);
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(pdf);
}
