import { Injectable } from '@nestjs/common';
import { CsvDialect, csvHeader, csvRows } from '../../../reports/csv/csv-dialect';
import { IndicatorCell, indicatorHeader, indicatorRow } from '../../../reports/csv/indicator-export';
import type { IndicatorFigure } from '../../../reports/xlsx/indicator-workbook';
import { ProblemException } from '../common/problem';
import { parsePeriod } from '../../../reports/periods';
import { IndicatorsService } from '../indicators/indicators.service';
import { IndicatorSelectionDto, IndicatorsExportQueryDto } from './dto/export-query.dto';

/**
 * indicators.csv and indicators.xlsx: the same figures, with the same suppression, as
 * GET /api/indicators and the dashboards (it reads the same service), one row per area of a
 * level and indicator.
 */
@Injectable()
export class IndicatorExportService {
  constructor(private readonly indicators: IndicatorsService) {}

  async csv(query: IndicatorsExportQueryDto): Promise<{ text: string; dialect: CsvDialect; filename: string }> {
    const cells: IndicatorCell[] = (await this.figures(query)).map((figure) => ({
      ...figure,
      areaName: figure.areaName.fi,
    }));
    const dialect = query.dialect ?? 'rfc4180';
    return {
      text: csvHeader(indicatorHeader(), dialect) + csvRows(cells.map(indicatorRow), dialect),
      dialect,
      filename: `kohtaamo-indicators-${query.level}-${query.period}.csv`,
    };
  }

  /** Every area of the level × every indicator published for the period, as the API reports them. */
  async figures(selection: IndicatorSelectionDto): Promise<IndicatorFigure[]> {
    if (!parsePeriod(selection.period)) {
      throw new ProblemException(400, 'validation', 'Invalid period.', [
        { field: 'period', message: 'period must be a year such as 2026 or a half-year such as 2026-H1' },
      ]);
    }
    const comparison = await this.indicators.comparison(
      selection.level === 'national'
        ? // The national row is the comparison's own total.
          { level: 'national', period: selection.period, childLevel: 'region' }
        : { level: 'national', period: selection.period, childLevel: selection.level },
    );
    // A year's rows, then its half-years' rows of the indicators published only per half-year.
    const tables = [comparison, ...comparison.halfYearly];
    return tables.flatMap((table) => {
      const areas = selection.level === 'national' ? [table.total] : table.areas;
      return areas.flatMap((area) =>
        area.indicators.map((indicator) => ({
          period: table.period,
          level: area.level,
          areaCode: area.code,
          areaName: area.name,
          indicator: indicator.key,
          value: indicator.value,
          n: indicator.n,
          suppressed: indicator.suppressed,
          status: indicator.status,
          ci95: indicator.ci95,
          releasedAt: indicator.releasedAt,
          coverage: indicator.coverage,
          previous: indicator.previous ? { period: indicator.previous.period, value: indicator.previous.value } : null,
          change: indicator.change,
        })),
      );
    });
  }
}
