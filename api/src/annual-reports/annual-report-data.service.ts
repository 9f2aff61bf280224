import { Inject, Injectable, Optional } from '@nestjs/common';
import type {
  AnnualReportData,
  PlanActivityStatus,
  RegionAnnualReportData,
  ReportIndicator,
  ReportPlanning,
  ReportRound,
} from '../../../reports/annual-report';
import { INDICATOR_CATALOGUE } from '../../../reports/indicator-catalogue';
import { helsinkiDateOf, startOfHelsinkiDay } from '../../../reports/periods';
import { assertAllowed, canReadPlaceParticipation, canReadRegionResponses } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { Clock } from '../common/clock';
import { ProblemException } from '../common/problem';
import { isOverdue, OPEN_STATUSES, statusAt } from '../evaluations/action-status';
import { ActionsService } from '../evaluations/actions.service';
import { EvaluationsService } from '../evaluations/evaluations.service';
import type { AreaIndicatorsDto, IndicatorChangeDto, IndicatorDescriptionDto, IndicatorResultDto } from '../indicators/dto/indicator-result.dto';
import { IndicatorsService } from '../indicators/indicators.service';
import type { MeetingPlaceDto } from '../organisations/dto/organisation.dto';
import { OrganisationsService } from '../organisations/organisations.service';
import { RoundSummaryService } from '../rounds/round-summary.service';
import { RoundsService } from '../rounds/rounds.service';

/** The instrument whose rounds the report lists one by one (children's rounds, spring and autumn). */
const HUOMAA_MINUT = 'huomaa-minut';

/** A place's target for a catalogue indicator, assessed against the year's released figure. */
export type AssessedTarget = NonNullable<ReportIndicator['target']>;

/**
 * What the annual report needs from the evaluation plans and co-development days
 * (api/src/plans): the only way those sections are fed. Provided under ANNUAL_PLANNING_READER;
 * without a provider the report says the plans are not in use (never invents them).
 */
export interface AnnualPlanningReader {
  /**
   * The year's plan of a place (activities with their status; null without a plan), its
   * co-development days, and its targets by indicator key, each assessed against the year's
   * released figure (`figures`, already read by the report).
   */
  placeYear(place: MeetingPlaceDto, year: number, figures: AreaIndicatorsDto): Promise<{ planning: ReportPlanning; targets: Map<string, AssessedTarget> }>;
  /** Per place id: its plan's activities by status (null without a plan) and how many co-development days it held. */
  regionYear(places: MeetingPlaceDto[], year: number): Promise<Map<string, { plan: Record<PlanActivityStatus, number> | null; coDevelopmentDays: number }>>;
}

export const ANNUAL_PLANNING_READER = Symbol('AnnualPlanningReader');

/**
 * Gathers the annual report of a place (and the region version) from the features that own
 * each fact: released indicators (IndicatorsService, the figures the dashboards read, with
 * their suppression), Huomaa minut rounds (RoundSummaryService, figures only), the evaluation
 * comparison (EvaluationsService, scores only: no evidence notes, no team summaries), the
 * development actions (ActionsService) and the plans (AnnualPlanningReader).
 */
@Injectable()
export class AnnualReportDataService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly indicators: IndicatorsService,
    private readonly rounds: RoundsService,
    private readonly roundSummaries: RoundSummaryService,
    private readonly evaluations: EvaluationsService,
    private readonly actions: ActionsService,
    private readonly clock: Clock,
    @Optional() @Inject(ANNUAL_PLANNING_READER) private readonly planning: AnnualPlanningReader | null,
  ) {}

  /** The place, if the principal may read its report: its coordinators and steering group, its region's analysts, admins. */
  async readablePlace(principal: Principal, slugOrId: string): Promise<MeetingPlaceDto> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canReadPlaceParticipation(principal, place), 'The annual report is for the place’s own staff and steering group and its region’s analysts.');
    return place;
  }

  async placeReport(principal: Principal, slugOrId: string, year: number): Promise<AnnualReportData> {
    const place = await this.readablePlace(principal, slugOrId);
    const generatedAt = this.clock.now().toISOString();
    const figures = await this.indicators.forArea({ level: 'meeting-place', code: place.slug, period: String(year) });
    let indicators = figures.indicators.map(reportIndicator);
    const halfYearly = figures.halfYearly.map((half) => ({ period: half.period, indicators: half.indicators.map(reportIndicator) }));
    let planning: ReportPlanning | null = null;
    if (this.planning) {
      const planned = await this.planning.placeYear(place, year, figures);
      planning = planned.planning;
      const targets = planned.targets;
      const withTarget = (i: ReportIndicator): ReportIndicator => ({ ...i, target: targets.get(i.key) ?? null });
      indicators = indicators.map(withTarget);
      for (const half of halfYearly) half.indicators = half.indicators.map(withTarget);
    }
    return {
      meetingPlace: { slug: place.slug, name: place.name },
      region: await this.region(place.regionCode),
      year,
      generatedAt,
      indicators,
      halfYearly,
      rounds: await this.huomaaMinutRounds(principal, place, year),
      evaluation: await this.evaluation(principal, place, year),
      actions: await this.yearActions(principal, place, year),
      planning,
    };
  }

  async regionReport(principal: Principal, regionCode: string, year: number): Promise<RegionAnnualReportData> {
    assertAllowed(canReadRegionResponses(principal, regionCode), 'The region’s annual report is for its analysts and admins.');
    const region = await this.region(regionCode);
    const generatedAt = this.clock.now().toISOString();
    const places = (await this.organisations.listMeetingPlaces(regionCode)).filter((p) => p.active);
    const comparison = await this.indicators.comparison({ level: 'region', code: regionCode, period: String(year), childLevel: 'meeting-place' });
    // The key indicators: the core shared ones published per year (the half-yearly ones are in each place's own report).
    const keyIndicators = comparison.indicators.filter((i: IndicatorDescriptionDto) => INDICATOR_CATALOGUE.some((c) => c.key === i.key && c.core));
    const keys = new Set(keyIndicators.map((i) => i.key));
    const pick = (cells: IndicatorChangeDto[]) =>
      cells.filter((c) => keys.has(c.key)).map((c) => ({ key: c.key, value: c.value, n: c.n, status: c.status, ci95: c.ci95 }));
    const rowOf = new Map(comparison.areas.map((row) => [row.code, row]));
    const actionCounts = await this.actions.countsByPlace(places.map((p) => p.id), yearEndOrNow(year, this.clock.now()));
    const planning = this.planning ? await this.planning.regionYear(places, year) : null;
    const evaluations = await this.evaluations.countsByPlace(places.map((p) => p.id), year);
    return {
      region,
      year,
      generatedAt,
      indicators: keyIndicators.map((i) => ({ key: i.key, title: i.title, unit: i.unit })),
      total: pick(comparison.total.indicators),
      planningAvailable: planning !== null,
      places: places.map((place) => {
        const row = rowOf.get(place.slug);
        const planned = planning?.get(place.id);
        return {
          meetingPlace: { slug: place.slug, name: place.name },
          indicators: row ? pick(row.indicators) : [],
          plan: planned?.plan ?? null,
          evaluations: evaluations.get(place.id) ?? { self: false, peers: 0 },
          actions: actionCounts.get(place.id)!,
          coDevelopmentDays: planning ? (planned?.coDevelopmentDays ?? 0) : null,
        };
      }),
    };
  }

  private async region(code: string): Promise<{ code: string; name: AnnualReportData['region']['name'] }> {
    const region = (await this.organisations.listRegions()).find((r) => r.code === code);
    if (!region) throw new ProblemException(404, 'region-not-found', `There is no wellbeing region "${code}".`);
    return { code: region.code, name: region.name };
  }

  /** The year's Huomaa minut rounds, oldest first, with their released figures (never written answers). */
  private async huomaaMinutRounds(principal: Principal, place: MeetingPlaceDto, year: number): Promise<ReportRound[]> {
    const rounds = (await this.rounds.list(principal, place.slug))
      .filter((round) => round.surveyKey === HUOMAA_MINUT && round.status !== 'cancelled' && round.startsOn.startsWith(`${year}-`))
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    const out: ReportRound[] = [];
    for (const round of rounds) {
      const summary = await this.roundSummaries.summary(principal, round.id, { writtenAnswers: false });
      out.push({
        startsOn: round.startsOn,
        endsOn: round.endsOn,
        status: round.status,
        respondents: summary.participation.total,
        released: round.release !== null,
        indicators: summary.indicators.map((i) => ({ key: i.key, title: i.title, unit: i.unit, value: i.value, n: i.n, status: i.status, ci95: i.ci95 })),
      });
    }
    return out;
  }

  /** Submitted self and peer scores by area and criterion; the teams' written summaries stay out. */
  private async evaluation(principal: Principal, place: MeetingPlaceDto, year: number): Promise<AnnualReportData['evaluation']> {
    const comparison = await this.evaluations.comparison(principal, place.slug, year);
    return {
      evaluations: comparison.evaluations.map((e) => ({ kind: e.kind, evaluatorPlace: e.evaluatorPlace.name, status: e.status })),
      areas: comparison.areas.map((a) => ({ area: a.area, title: a.title, self: a.self, peerMean: a.peerMean, gap: a.gap })),
      criteria: comparison.criteria.map((c) => ({ criterion: c.criterion, title: c.title, self: c.self, peerMean: c.peerMean, gap: c.gap })),
      largestGaps: comparison.largestGaps,
    };
  }

  /**
   * The actions of the year: those due in it, and those carried into it (due before and still
   * open when it began). Each is shown as it stood when the year ended, or today for the year
   * under way: a report on 2025 read in 2027 says what was done in 2025, not what was done
   * since. Their follow-up notes are not on paper.
   */
  private async yearActions(principal: Principal, place: MeetingPlaceDto, year: number): Promise<AnnualReportData['actions']> {
    const { actions } = await this.actions.list(principal, place.slug);
    const asOf = yearEndOrNow(year, this.clock.now());
    const asOfDay = helsinkiDateOf(asOf);
    const yearStart = startOfHelsinkiDay(`${year}-01-01`);
    return actions
      .filter((a) => a.dueDate.startsWith(`${year}-`) || (a.dueDate < `${year}-01-01` && OPEN_STATUSES.includes(statusAt(a.history, yearStart))))
      .map((a) => {
        const status = statusAt(a.history, asOf);
        return { title: a.title, owner: a.owner, dueDate: a.dueDate, status, overdue: isOverdue({ status, dueDate: a.dueDate }, asOfDay) };
      });
  }
}

/** The end of a report's year (Helsinki's new year), or now while the year is under way. */
function yearEndOrNow(year: number, now: Date): Date {
  const end = startOfHelsinkiDay(`${year + 1}-01-01`);
  return end.getTime() < now.getTime() ? end : now;
}

function reportIndicator(cell: IndicatorResultDto): ReportIndicator {
  return {
    key: cell.key,
    title: cell.title,
    unit: cell.unit,
    direction: cell.direction,
    value: cell.value,
    n: cell.n,
    status: cell.status,
    ci95: cell.ci95,
    previous: cell.previous ? { period: cell.previous.period, value: cell.previous.value, n: cell.previous.n, status: cell.previous.status, ci95: null } : null,
    change: cell.change,
    target: null,
  };
}
