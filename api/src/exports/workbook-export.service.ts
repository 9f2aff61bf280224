import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Writable } from 'node:stream';
import { In, Repository } from 'typeorm';
import { indicatorCodebookSheet, indicatorSheet } from '../../../reports/xlsx/indicator-workbook';
import { ResponseWorkbookLayout } from '../../../reports/xlsx/response-workbook';
import { readMeSheet, Sheet } from '../../../reports/xlsx/sheets';
import { WORKBOOK_TEXT, WorkbookLanguage } from '../../../reports/xlsx/workbook-text';
import { finnishWallClock, StreamingWorkbook } from '../../../reports/xlsx/workbook-writer';
import type { Principal } from '../access/principal';
import { Clock } from '../common/clock';
import { localised } from '../common/localised-text.dto';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { Region } from '../organisations/region.entity';
import { IndicatorsWorkbookQueryDto, ResponsesWorkbookQueryDto } from './dto/export-query.dto';
import { IndicatorExportService } from './indicator-export.service';
import { ResponseExportService } from './response-export.service';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A checked export request: everything that can fail has failed before the first byte. */
export interface PreparedWorkbook {
  filename: string;
  /** Writes the workbook to `out`; stops early (without finishing the file) when the client left. */
  write(out: Writable, isClosed: () => boolean): Promise<void>;
}

/**
 * indicators.xlsx and responses.xlsx: the figures and rows of the CSV exports as typed,
 * labelled workbooks for people who work in Excel. They read the same services as the CSV
 * files, so scope and suppression cannot differ between the formats.
 */
@Injectable()
export class WorkbookExportService {
  constructor(
    private readonly indicatorExport: IndicatorExportService,
    private readonly responseExport: ResponseExportService,
    @InjectRepository(MeetingPlace) private readonly places: Repository<MeetingPlace>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    private readonly clock: Clock,
  ) {}

  async prepareIndicators(principal: Principal, query: IndicatorsWorkbookQueryDto): Promise<PreparedWorkbook> {
    const lang = query.lang ?? 'fi';
    const t = WORKBOOK_TEXT[lang];
    const figures = await this.indicatorExport.figures(query);
    const computedAt = this.clock.now();
    const readMe = readMeSheet(lang, [
      [t.readMe.dataset, t.readMe.indicatorsTitle],
      [t.sheets.indicators, t.readMe.indicatorsContent],
      [t.readMe.period, query.period],
      [t.readMe.level, t.levels[query.level]],
      [t.readMe.suppression, t.readMe.suppressionRule],
      [t.readMe.computed, finnishWallClock(computedAt)],
      ['', t.readMe.computedNote],
      ...this.exportedBy(principal, lang, computedAt),
      ['', t.readMe.formats],
    ]);
    return {
      filename: `kohtaamo-indicators-${query.level}-${query.period}.xlsx`,
      write: (out, isClosed) => this.writeSheets(out, lang, computedAt, [indicatorSheet(figures, lang), indicatorCodebookSheet(lang), readMe], isClosed),
    };
  }

  async prepareResponses(principal: Principal, query: ResponsesWorkbookQueryDto): Promise<PreparedWorkbook> {
    const lang = query.lang ?? 'fi';
    const t = WORKBOOK_TEXT[lang];
    const source = await this.responseExport.openResponses(principal, query);
    const [places, regions] = await Promise.all([
      this.places.find({ where: { slug: In(source.places.map((p) => p.slug)) } }),
      this.regions.find({ where: { code: In([...new Set(source.places.map((p) => p.regionCode))]) } }),
    ]);
    const layout = new ResponseWorkbookLayout(source.definitions, lang, {
      places: new Map(places.map((p) => [p.slug, localised(p.nameFi, p.nameSv, p.nameEn)])),
      regions: new Map(regions.map((r) => [r.code, localised(r.nameFi, r.nameSv, r.nameEn)])),
    });
    const exportedAt = this.clock.now();
    const scope = [query.region, query.meetingPlace].filter(Boolean).join(', ') || t.readMe.scopeAll;

    const write = async (out: Writable, isClosed: () => boolean) => {
      const workbook = new StreamingWorkbook(out, { language: lang, creator: 'Kohtaamo', created: exportedAt });
      const rows = (async function* () {
        for await (const page of source.pages(isClosed)) yield page.map((response) => layout.row(response));
      })();
      const written = await workbook.addSheet(t.sheets.responses, layout.columns, rows, isClosed);
      if (!written) return;
      const codebook = layout.codebook(source.definitions.map((d) => d.version));
      const readMe = readMeSheet(lang, [
        [t.readMe.dataset, t.readMe.responsesTitle],
        [t.sheets.responses, t.readMe.responsesContent],
        [t.readMe.survey, query.survey],
        [t.readMe.period, query.period],
        [t.readMe.scope, scope],
        [t.readMe.rows, String(written.rows)],
        ...(written.sheets.length > 1 ? [['', t.readMe.sheetLimit(written.sheets)] as const] : []),
        ['', t.readMe.freeText],
        ...this.exportedBy(principal, lang, exportedAt),
        ['', t.readMe.formats],
      ]);
      for (const sheet of [codebook, readMe]) await workbook.addSheet(sheet.name, sheet.columns, [sheet.rows]);
      await workbook.finish();
    };
    return { filename: `kohtaamo-responses-${query.survey}-${query.period}.xlsx`, write };
  }

  private exportedBy(principal: Principal, lang: WorkbookLanguage, at: Date): [string, string | Date][] {
    const t = WORKBOOK_TEXT[lang].readMe;
    return [
      [t.exportedAt, finnishWallClock(at)],
      [t.exportedBy, principal.email],
    ];
  }

  private async writeSheets(out: Writable, lang: WorkbookLanguage, at: Date, sheets: Sheet[], isClosed: () => boolean): Promise<void> {
    const workbook = new StreamingWorkbook(out, { language: lang, creator: 'Kohtaamo', created: at });
    for (const sheet of sheets) {
      if (!(await workbook.addSheet(sheet.name, sheet.columns, [sheet.rows], isClosed))) return;
    }
    await workbook.finish();
  }
}
