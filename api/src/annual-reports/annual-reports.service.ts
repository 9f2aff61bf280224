import { Injectable } from '@nestjs/common';
import { annualReportDocument, regionAnnualReportDocument, type ReportLanguage } from '../../../reports/annual-report';
import type { Principal } from '../access/principal';
import { ExportAuditService } from '../exports/export-audit.service';
import { AnnualReportDataService } from './annual-report-data.service';
import { renderPdf } from './annual-report-pdf';

/** File names say what and whose: kohtaamo-annual-report-koivukyla-2026-fi.pdf. */
const fileName = (subject: string, year: number, lang: ReportLanguage) => `kohtaamo-annual-report-${subject}-${year}-${lang}.pdf`;

/** The annual reports as PDF: data → layout (reports/annual-report.ts) → pdfmake; each download audited like every export. */
@Injectable()
export class AnnualReportsService {
  constructor(
    private readonly data: AnnualReportDataService,
    private readonly exportAudit: ExportAuditService,
  ) {}

  async placePdf(principal: Principal, slugOrId: string, year: number, lang: ReportLanguage): Promise<{ pdf: Buffer; filename: string }> {
    const report = await this.data.placeReport(principal, slugOrId, year);
    const pdf = await renderPdf(annualReportDocument(report, lang));
    const filename = fileName(report.meetingPlace.slug, year, lang);
    await this.exportAudit.recordDownload(principal, filename, { place: report.meetingPlace.slug, year, lang });
    return { pdf, filename };
  }

  async regionPdf(principal: Principal, regionCode: string, year: number, lang: ReportLanguage): Promise<{ pdf: Buffer; filename: string }> {
    const report = await this.data.regionReport(principal, regionCode, year);
    const pdf = await renderPdf(regionAnnualReportDocument(report, lang));
    const filename = fileName(`region-${report.region.code}`, year, lang);
    await this.exportAudit.recordDownload(principal, filename, { region: report.region.code, year, lang });
    return { pdf, filename };
  }
}
