import { Injectable } from '@nestjs/common';
import type { HalfYearPart } from '../../../reports/disclosure';
import {
  comparableWording,
  findIndicator,
  INDICATOR_CATALOGUE,
  IndicatorDefinition,
  InstrumentKey,
  itemNamesOf,
  PeriodType,
} from '../../../reports/indicator-catalogue';
import { Estimate, reportedChange, roundTo } from '../../../reports/indicator-math';
import type { PeriodCoverage } from '../../../reports/instruments';
import {
  formatPeriod,
  halfYearOf,
  hasStarted,
  parsePeriod,
  periodsBetween,
  periodTypeOf,
  previousPeriod,
  ReportingPeriod,
} from '../../../reports/periods';
import { Clock } from '../common/clock';
import { ProblemException, ValidationProblem } from '../common/problem';
import { HierarchyReader, treeOf } from '../releases/hierarchy-reader';
import type { StoredCell } from '../releases/release-content';
import { ReleasesService } from '../releases/releases.service';
import { AnswerCountReader } from './answer-counts';
import { AreaLevel, AreaNode, AreaTree } from './area-tree';
import {
  AreaIndicatorsDto,
  AreaRefDto,
  ChangeDto,
  ComparisonRowDto,
  ComparisonTableDto,
  IndicatorChangeDto,
  IndicatorComparisonDto,
  IndicatorDescriptionDto,
  IndicatorSeriesDto,
} from './dto/indicator-result.dto';
import { AreaQueryDto, ComparisonQueryDto, IndicatorQueryDto, SeriesQueryDto } from './dto/indicator-query.dto';
import { IndicatorYear } from './indicator-year';

const partOf = (period: ReportingPeriod): HalfYearPart => (period.half === null ? 'year' : period.half === 1 ? 'H1' : 'H2');

/** A figure as the API shows it. */
export interface ShownCell {
  value: number | null;
  /** Respondents: participation, exact whatever the status (0 without answers). */
  n: number;
  suppressed: boolean;
  status: 'published' | 'suppressed' | 'no-answers' | 'not-released';
  ci95: [number, number] | null;
  releasedAt: string | null;
  /** The days of the period the instrument was collecting; null until released. */
  coverage: PeriodCoverage | null;
}

/** A released cell as the API shows it: values rounded to 4 decimals. */
export function shownCell(stored: StoredCell | undefined, releasedAt: string, coverage: PeriodCoverage | null = null): ShownCell {
  if (!stored || stored.n === 0) return { ...NO_ANSWERS, releasedAt, coverage };
  if (stored.s !== 'published') return { value: null, n: stored.n, suppressed: true, status: 'suppressed', ci95: null, releasedAt, coverage };
  const ci95 = stored.ci ? ([roundTo(stored.ci[0]), roundTo(stored.ci[1])] as [number, number]) : null;
  return { value: roundTo(stored.v!), n: stored.n, suppressed: false, status: 'published', ci95, releasedAt, coverage };
}

/** One instrument's figures for one period: its release, or the live participation of an open period. */
interface PeriodFigures {
  cell(indicator: IndicatorDefinition, area: AreaNode): ShownCell;
  /** The published value and interval, unrounded, for changes; null unless published. */
  estimate(indicator: IndicatorDefinition, area: AreaNode): Estimate | null;
  /** The survey versions answered, when the release recorded them. */
  versions?: readonly number[];
  coverage: PeriodCoverage | null;
}

export const NO_ANSWERS: ShownCell = {
  value: null,
  n: 0,
  suppressed: true,
  status: 'no-answers',
  ci95: null,
  releasedAt: null,
  coverage: null,
};

const NOTHING_PUBLISHED: Omit<PeriodFigures, 'cell'> = { estimate: () => null, coverage: null };

/**
 * The indicators as published: every value comes from a release (api/src/releases), frozen
 * and audited when its period or round closed. A period not yet released shows participation
 * only: how many have answered so far, no values.
 */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly hierarchy: HierarchyReader,
    private readonly releases: ReleasesService,
    private readonly counts: AnswerCountReader,
    private readonly clock: Clock,
  ) {}

  /**
   * GET /api/indicators: every indicator of a period type for one area, with the previous
   * period. A year also carries its half-years' figures of the indicators published only per
   * half-year (Huomaa minut's rounds), so that the year shows every instrument.
   */
  async forArea(query: IndicatorQueryDto): Promise<AreaIndicatorsDto> {
    const period = parsePeriod(query.period)!;
    const tree = await this.loadTree();
    const area = this.findArea(tree, query);
    const figuresFor = async (shown: ReportingPeriod, indicators: IndicatorDefinition[]) => {
      const figures = await this.figuresOf(tree, indicators, [shown, previousPeriod(shown)]);
      return indicators.map((indicator) => ({ ...describeIndicator(indicator), ...valueWithChange(figures, indicator, area, shown) }));
    };
    const halfYearly = [];
    for (const half of halvesOf(period)) halfYearly.push({ period: formatPeriod(half), indicators: await figuresFor(half, HALF_YEAR_ONLY) });
    return {
      ...areaRef(area),
      period: formatPeriod(period),
      periodType: periodTypeOf(period),
      parent: area.parent ? areaRef(area.parent) : null,
      indicators: await figuresFor(period, indicatorsFor(periodTypeOf(period))),
      halfYearly,
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
    const base = { ...areaRef(area), indicator: describeIndicator(indicator), granularity };
    if (!span) return { ...base, points: [] };
    const now = halfYearOf(this.clock.now());
    const last = span.last >= now.year ? now : { year: span.last, half: 2 as const };
    const candidates = periodsBetween(granularity, { year: span.first, half: 1 }, last);
    const figures = await this.figuresOf(tree, [indicator], candidates);
    // From the first to the last period with answers anywhere, so every area gets the same axis.
    const national = candidates.map((period) => figures.get(figuresKey(indicator.instrument, period))!.cell(indicator, tree.root).n);
    const first = national.findIndex((n) => n > 0);
    const lastWithAnswers = national.length - 1 - [...national].reverse().findIndex((n) => n > 0);
    const periods = first < 0 ? [] : candidates.slice(first, lastWithAnswers + 1);
    return {
      ...base,
      points: periods.map((period) => ({
        period: formatPeriod(period),
        key: indicator.key,
        ...figures.get(figuresKey(indicator.instrument, period))!.cell(indicator, area),
      })),
    };
  }

  /** GET /api/indicators/comparison: the areas at one level inside an area, side by side (a year with its half-yearly ones). */
  async comparison(query: ComparisonQueryDto): Promise<IndicatorComparisonDto> {
    const period = parsePeriod(query.period)!;
    const tree = await this.loadTree();
    const area = this.findArea(tree, query);
    const table = await this.comparisonTable(tree, area, query.childLevel, indicatorsFor(periodTypeOf(period)), period);
    const halfYearly = [];
    for (const half of halvesOf(period)) {
      halfYearly.push({ period: formatPeriod(half), ...(await this.comparisonTable(tree, area, query.childLevel, HALF_YEAR_ONLY, half)) });
    }
    return {
      ...areaRef(area),
      period: formatPeriod(period),
      periodType: periodTypeOf(period),
      childLevel: query.childLevel,
      ...table,
      halfYearly,
    };
  }

  private async comparisonTable(
    tree: AreaTree,
    area: AreaNode,
    childLevel: AreaLevel,
    indicators: IndicatorDefinition[],
    period: ReportingPeriod,
  ): Promise<ComparisonTableDto> {
    const figures = await this.figuresOf(tree, indicators, [period, previousPeriod(period)]);
    const row = (node: AreaNode): ComparisonRowDto => ({
      ...areaRef(node),
      ...(node.unassigned ? { unassigned: true } : {}),
      active: node.level === 'meeting-place' ? node.active : tree.hasActivePlace(node),
      indicators: indicators.map((indicator) => ({ key: indicator.key, ...valueWithChange(figures, indicator, node, period) })),
    });
    // Areas without any place are left out (a region's municipalities that have none), and so
    // are closed ones without answers in the period.
    const areas = tree
      .descendantsAt(area, childLevel)
      .map(row)
      .filter((r) => r.active || r.indicators.some((i) => i.status !== 'no-answers'));
    return { indicators: indicators.map(describeIndicator), total: row(area), areas };
  }

  /** The hierarchy as it is now. */
  async loadTree(): Promise<AreaTree> {
    return treeOf(await this.hierarchy.current());
  }

  /** The figures of every instrument of the indicators for every period, by figuresKey. */
  private async figuresOf(tree: AreaTree, indicators: IndicatorDefinition[], periods: ReportingPeriod[]): Promise<Map<string, PeriodFigures>> {
    const instruments = [...new Set(indicators.map((indicator) => indicator.instrument))];
    const out = new Map<string, PeriodFigures>();
    // One after another: the first read after a period closes computes its release.
    for (const instrument of instruments) {
      for (const period of periods) {
        const key = figuresKey(instrument, period);
        if (!out.has(key)) out.set(key, await this.periodFigures(tree, instrument, period));
      }
    }
    return out;
  }

  private async periodFigures(tree: AreaTree, instrument: InstrumentKey, period: ReportingPeriod): Promise<PeriodFigures> {
    const release = await this.releases.latestOfPeriod(instrument, period);
    if (release) {
      const releasedAt = release.releasedAt.toISOString();
      const coverage = release.content.coverage ?? null;
      const stored = (indicator: IndicatorDefinition, area: AreaNode) => {
        const frozen = release.tree.byId(area.id);
        return frozen ? release.content.indicators[indicator.key]?.[frozen.id] : undefined;
      };
      return {
        cell: (indicator, area) => shownCell(stored(indicator, area), releasedAt, coverage),
        estimate: (indicator, area) => {
          const cell = stored(indicator, area);
          return cell?.s === 'published' && cell.v !== undefined && cell.ci ? { value: cell.v, ci95: cell.ci } : null;
        },
        versions: release.content.versions,
        coverage,
      };
    }
    if (this.releases.periodDueAt(period).getTime() <= this.clock.now().getTime() || !hasStarted(period, this.clock.now())) {
      // Due but not released: the instrument had no answers at all by then.
      return { ...NOTHING_PUBLISHED, cell: () => NO_ANSWERS };
    }
    // Open, or within its grace for late paper forms: participation only.
    const halves = await this.counts.countsFor(instrument, period.year);
    const years = new Map<string, IndicatorYear>();
    return {
      ...NOTHING_PUBLISHED,
      cell: (indicator, area) => {
        let year = years.get(indicator.key);
        if (!year) years.set(indicator.key, (year = new IndicatorYear(indicator, period.year, tree, halves)));
        const n = year.tally(area, partOf(period)).n;
        return n === 0 ? NO_ANSWERS : { ...NO_ANSWERS, n, status: 'not-released' };
      },
    };
  }

  private findArea(tree: AreaTree, query: AreaQueryDto): AreaNode {
    const area = tree.find(query.level, query.code ?? null);
    if (!area) {
      throw new ProblemException(404, 'area-not-found', `There is no ${describeLevel(query.level)} "${query.code}".`);
    }
    return area;
  }
}

const figuresKey = (instrument: string, period: ReportingPeriod) => `${instrument}|${formatPeriod(period)}`;

/**
 * A figure with the previous period's and the change between them. A change is given only
 * between two published figures of fully covered periods, with its own interval; `clear` says
 * whether it is more than noise, and `comparable` whether both periods asked the same question.
 */
function valueWithChange(
  figures: Map<string, PeriodFigures>,
  indicator: IndicatorDefinition,
  area: AreaNode,
  period: ReportingPeriod,
): Omit<IndicatorChangeDto, 'key'> {
  const now = figures.get(figuresKey(indicator.instrument, period))!;
  const before = previousPeriod(period);
  const then = figures.get(figuresKey(indicator.instrument, before))!;
  const current = now.cell(indicator, area);
  const previous = then.cell(indicator, area);
  const exact = reportedChange(
    { estimate: now.estimate(indicator, area), partial: !!now.coverage?.partial },
    { estimate: then.estimate(indicator, area), partial: !!then.coverage?.partial },
    comparableWording(indicator, now.versions, then.versions),
  );
  const change: ChangeDto | null = exact && {
    value: roundTo(exact.value),
    ci95: [roundTo(exact.ci95[0]), roundTo(exact.ci95[1])],
    clear: exact.clear,
    comparable: exact.comparable,
  };
  return {
    ...current,
    previous:
      previous.status === 'no-answers'
        ? null
        : {
            period: formatPeriod(before),
            value: previous.value,
            n: previous.n,
            suppressed: previous.suppressed,
            status: previous.status,
            coverage: previous.coverage,
          },
    change,
  };
}

function indicatorsFor(type: PeriodType): IndicatorDefinition[] {
  return INDICATOR_CATALOGUE.filter((indicator) => indicator.periods.includes(type));
}

/** Indicators a year cannot show as a year: they are shown per half-year (per round) in it. */
const HALF_YEAR_ONLY = INDICATOR_CATALOGUE.filter((indicator) => !indicator.periods.includes('year'));

/** A year's half-years; nothing for a half-year. */
function halvesOf(period: ReportingPeriod): ReportingPeriod[] {
  return period.half === null ? [1, 2].map((half) => ({ year: period.year, half: half as 1 | 2 })) : [];
}

function areaRef(area: AreaNode): AreaRefDto {
  return { level: area.level, code: area.code, name: area.name };
}

export function describeIndicator(indicator: IndicatorDefinition): IndicatorDescriptionDto {
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
