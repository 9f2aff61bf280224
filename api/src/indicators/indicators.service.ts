import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { HalfYearPart } from '../../../reports/disclosure';
import {
  findIndicator,
  INDICATOR_CATALOGUE,
  IndicatorDefinition,
  InstrumentKey,
  itemNamesOf,
  PeriodType,
} from '../../../reports/indicator-catalogue';
import { changeFrom, roundTo } from '../../../reports/indicator-math';
import { Clock } from '../common/clock';
import { ProblemException, ValidationProblem } from '../common/problem';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { Municipality } from '../organisations/municipality.entity';
import { Region } from '../organisations/region.entity';
import { ServiceArea } from '../organisations/service-area.entity';
import { halfYearOf } from '../../../reports/periods';
import { AnswerCountReader } from './answer-counts';
import { AreaLevel, AreaNode, AreaTree } from './area-tree';
import {
  AreaIndicatorsDto,
  AreaRefDto,
  ComparisonRowDto,
  IndicatorChangeDto,
  IndicatorComparisonDto,
  IndicatorDescriptionDto,
  IndicatorSeriesDto,
} from './dto/indicator-result.dto';
import { AreaQueryDto, ComparisonQueryDto, IndicatorQueryDto, SeriesQueryDto } from './dto/indicator-query.dto';
import { formatPeriod, parsePeriod, periodsBetween, periodTypeOf, previousPeriod, ReportingPeriod } from '../../../reports/periods';
import { IndicatorYear, SuppressionPatternCache } from './indicator-year';

const partOf = (period: ReportingPeriod): HalfYearPart => (period.half === null ? 'year' : period.half === 1 ? 'H1' : 'H2');

/**
 * The indicator engine: for one request, the answer counts of the instruments involved (one
 * GROUP BY each per year, see AnswerCountReader), pooled over the hierarchy and suppressed over
 * the whole of it (IndicatorYear), then read out for the areas asked about.
 */
@Injectable()
export class IndicatorsService {
  private readonly patterns = new SuppressionPatternCache();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counts: AnswerCountReader,
    private readonly clock: Clock,
  ) {}

  /** GET /api/indicators: every indicator of a period type for one area, with the previous period. */
  async forArea(query: IndicatorQueryDto): Promise<AreaIndicatorsDto> {
    const period = parsePeriod(query.period)!;
    const tree = await this.loadTree();
    const area = this.findArea(tree, query);
    const indicators = indicatorsFor(periodTypeOf(period));
    const years = await this.indicatorYears(tree, indicators, [period.year, previousPeriod(period).year]);
    return {
      ...areaRef(area),
      period: formatPeriod(period),
      periodType: periodTypeOf(period),
      parent: area.parent ? areaRef(area.parent) : null,
      indicators: indicators.map((indicator) => ({
        ...describe(indicator),
        ...this.valueWithChange(years, indicator, area, period),
      })),
    };
  }

  /** GET /api/indicators/series: one indicator for one area over every period with answers. */
  async series(query: SeriesQueryDto): Promise<IndicatorSeriesDto> {
    const indicator = findIndicator(query.indicator)!;
    const granularity = query.granularity ?? indicator.periods[0];
    if (!indicator.periods.includes(granularity)) {
      throw new ValidationProblem([
        { field: 'granularity', message: `${indicator.key} is published for ${indicator.periods.join(' and ')} only` },
      ]);
    }
    const tree = await this.loadTree();
    const area = this.findArea(tree, query);
    const span = await this.counts.yearsWithAnswers(indicator.instrument, itemNamesOf(indicator));
    const base = { ...areaRef(area), indicator: describe(indicator), granularity };
    if (!span) return { ...base, points: [] };
    const now = halfYearOf(this.clock.now());
    const last = span.last >= now.year ? now : { year: span.last, half: 2 as const };
    const candidates = periodsBetween(granularity, { year: span.first, half: 1 }, last);
    const years = await this.indicatorYears(tree, [indicator], [...new Set(candidates.map((p) => p.year))]);
    // From the first to the last period with answers anywhere, so every area gets the same axis.
    const national = candidates.map((period) => years.get(yearKey(indicator, period.year))!.cell(tree.root, partOf(period)).tally.n);
    const first = national.findIndex((n) => n > 0);
    const lastWithAnswers = national.length - 1 - [...national].reverse().findIndex((n) => n > 0);
    const periods = first < 0 ? [] : candidates.slice(first, lastWithAnswers + 1);
    return {
      ...base,
      points: periods.map((period) => ({
        period: formatPeriod(period),
        key: indicator.key,
        ...years.get(yearKey(indicator, period.year))!.publishedCell(area, partOf(period)),
      })),
    };
  }

  /** GET /api/indicators/comparison: the areas at one level inside an area, side by side. */
  async comparison(query: ComparisonQueryDto): Promise<IndicatorComparisonDto> {
    const period = parsePeriod(query.period)!;
    const tree = await this.loadTree();
    const area = this.findArea(tree, query);
    const indicators = indicatorsFor(periodTypeOf(period));
    const years = await this.indicatorYears(tree, indicators, [period.year, previousPeriod(period).year]);
    const row = (node: AreaNode): ComparisonRowDto => ({
      ...areaRef(node),
      ...(node.unassigned ? { unassigned: true } : {}),
      active: node.level === 'meeting-place' ? node.active : tree.hasActivePlace(node),
      indicators: indicators.map((indicator) => ({ key: indicator.key, ...this.valueWithChange(years, indicator, node, period) })),
    });
    // Areas without any place are left out (a region's municipalities that have none), and so
    // are closed ones without answers in the period.
    const areas = tree
      .descendantsAt(area, query.childLevel)
      .map(row)
      .filter((r) => r.active || r.indicators.some((i) => i.status !== 'no-answers'));
    return {
      ...areaRef(area),
      period: formatPeriod(period),
      periodType: periodTypeOf(period),
      childLevel: query.childLevel,
      indicators: indicators.map(describe),
      total: row(area),
      areas,
    };
  }

  /** The hierarchy as it is now; a few hundred rows, read for every request. */
  async loadTree(): Promise<AreaTree> {
    const [regions, municipalities, serviceAreas, places] = await Promise.all([
      this.dataSource.getRepository(Region).find(),
      this.dataSource.getRepository(Municipality).find(),
      this.dataSource.getRepository(ServiceArea).find(),
      this.dataSource.getRepository(MeetingPlace).find({
        select: ['id', 'slug', 'nameFi', 'nameSv', 'nameEn', 'municipalityCode', 'serviceAreaId', 'active'],
      }),
    ]);
    return new AreaTree(regions, municipalities, serviceAreas, places);
  }

  /** Computes each indicator over the whole tree for each year: one query per instrument and year. */
  async indicatorYears(tree: AreaTree, indicators: IndicatorDefinition[], years: number[]): Promise<Map<string, IndicatorYear>> {
    const instruments = [...new Set(indicators.map((indicator) => indicator.instrument))];
    const wanted = instruments.flatMap((instrument) => [...new Set(years)].map((year) => ({ instrument, year })));
    // In parallel: PostgreSQL runs them on separate pooled connections (SQLite one after another).
    const read = await Promise.all(wanted.map(({ instrument, year }) => this.counts.countsFor(instrument as InstrumentKey, year)));
    const counts = new Map(wanted.map(({ instrument, year }, i) => [`${instrument}|${year}`, read[i]]));
    const out = new Map<string, IndicatorYear>();
    for (const indicator of indicators) {
      for (const year of new Set(years)) {
        out.set(yearKey(indicator, year), new IndicatorYear(indicator, year, tree, counts.get(`${indicator.instrument}|${year}`)!, this.patterns));
      }
    }
    return out;
  }

  private findArea(tree: AreaTree, query: AreaQueryDto): AreaNode {
    const area = tree.find(query.level, query.code ?? null);
    if (!area) {
      throw new ProblemException(404, 'area-not-found', `There is no ${describeLevel(query.level)} "${query.code}".`);
    }
    return area;
  }

  private valueWithChange(
    years: Map<string, IndicatorYear>,
    indicator: IndicatorDefinition,
    area: AreaNode,
    period: ReportingPeriod,
  ): Omit<IndicatorChangeDto, 'key'> {
    const current = years.get(yearKey(indicator, period.year))!.publishedCell(area, partOf(period));
    const before = previousPeriod(period);
    const previous = years.get(yearKey(indicator, before.year))!.publishedCell(area, partOf(before));
    const change = changeFrom(current.value, previous.value);
    return {
      ...current,
      previous:
        previous.status === 'no-answers'
          ? null
          : { period: formatPeriod(before), value: previous.value, n: previous.n, suppressed: previous.suppressed },
      change: change === null ? null : roundTo(change),
    };
  }
}

function indicatorsFor(type: PeriodType): IndicatorDefinition[] {
  return INDICATOR_CATALOGUE.filter((indicator) => indicator.periods.includes(type));
}

const yearKey = (indicator: IndicatorDefinition, year: number) => `${indicator.key}|${year}`;

function areaRef(area: AreaNode): AreaRefDto {
  return { level: area.level, code: area.code, name: area.name };
}

function describe(indicator: IndicatorDefinition): IndicatorDescriptionDto {
  return {
    key: indicator.key,
    title: indicator.title,
    description: indicator.description,
    instrument: indicator.instrument,
    core: indicator.core,
    unit: indicator.unit,
    direction: indicator.direction,
    scale: { ...indicator.scale },
    periods: [...indicator.periods],
    ...(indicator.note ? { note: indicator.note } : {}),
  };
}

function describeLevel(level: AreaLevel): string {
  return {
    national: 'national level',
    region: 'wellbeing region',
    municipality: 'municipality',
    'service-area': 'service area',
    'meeting-place': 'meeting place',
  }[level];
}
