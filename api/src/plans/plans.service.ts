import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { findIndicator, IndicatorDefinition } from '../../../reports/indicator-catalogue';
import { helsinkiDateOf } from '../../../reports/periods';
import {
  ActivityEvidence,
  activityStates,
  countStatuses,
  helsinkiMonthOf,
  MONTH_PATTERN,
  PlanActivity,
  PlanActivityKind,
  PlanStatusCounts,
  shiftMonth,
  SURVEY_ACTIVITY_KINDS,
} from '../../../reports/plan-status';
import { assessTarget, targetRange } from '../../../reports/target-assessment';
import { assertAllowed, canManagePlace, canManageRegion, canReadPlaceParticipation } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { FieldError, ProblemException, ValidationProblem } from '../common/problem';
import { TransactionRunner } from '../database/transaction-runner';
import { Evaluation } from '../evaluations/evaluation.entity';
import { AreaIndicatorsDto, IndicatorResultDto } from '../indicators/dto/indicator-result.dto';
import { IndicatorsService } from '../indicators/indicators.service';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { ServiceArea } from '../organisations/service-area.entity';
import { CollectionRound } from '../rounds/collection-round.entity';
import { roundStatus } from '../rounds/round-window';
import { RoundsService } from '../rounds/rounds.service';
import { CoDevelopmentDay } from './co-development-day.entity';
import { CopyPlansResultDto, PlanDto, PlanRemindersDto, PlanTargetDto, PutPlanDto, TargetFigureDto } from './dto/plan.dto';
import { EvaluationPlan } from './evaluation-plan.entity';

/** Plans are for years Kohtaamo can hold data of. */
export const FIRST_PLAN_YEAR = 2020;
export const LAST_PLAN_YEAR = 2100;

interface PlanTarget {
  indicator: string;
  target: number;
}

/** The place a plan belongs to: enough to compute its statuses and find its figures. */
export interface PlanPlace {
  id: string;
  slug: string;
}

/**
 * Evaluation plans of meeting places (arviointisuunnitelma): what each place plans to run when,
 * and the targets it sets for shared indicators. Every status is computed when read from the
 * rounds, evaluations and co-development days (reports/plan-status.ts), and every target is
 * assessed against the place's released figure of the year (reports/target-assessment.ts).
 *
 * `planOf` is the reading other features use (the annual report): it checks no access, the
 * caller does.
 */
@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(EvaluationPlan) private readonly plans: Repository<EvaluationPlan>,
    @InjectRepository(CoDevelopmentDay) private readonly days: Repository<CoDevelopmentDay>,
    @InjectRepository(Evaluation) private readonly evaluations: Repository<Evaluation>,
    @InjectRepository(CollectionRound) private readonly rounds: Repository<CollectionRound>,
    @InjectRepository(MeetingPlace) private readonly places: Repository<MeetingPlace>,
    @InjectRepository(ServiceArea) private readonly serviceAreas: Repository<ServiceArea>,
    private readonly roundsService: RoundsService,
    private readonly organisations: OrganisationsService,
    private readonly indicators: IndicatorsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(principal: Principal, slugOrId: string, year: number): Promise<PlanDto> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canReadPlaceParticipation(principal, place));
    return this.planOf(place, year);
  }

  async put(principal: Principal, slugOrId: string, year: number, dto: PutPlanDto): Promise<PlanDto> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can edit its evaluation plan.');
    checkPlan(year, dto);
    const activities: PlanActivity[] = dto.activities.map((a) => ({ kind: a.kind, due: a.due })).sort((a, b) => a.due.localeCompare(b.due));
    const targets: PlanTarget[] = dto.targets.map((t) => ({ indicator: t.indicator, target: t.target }));
    await this.transactions.run(async (manager) => {
      const existing = await manager.findOne(EvaluationPlan, { where: { meetingPlaceId: place.id, year } });
      const fields = { activities: JSON.stringify(activities), targets: JSON.stringify(targets), updatedAt: this.clock.now() };
      if (existing) await manager.update(EvaluationPlan, { id: existing.id }, fields);
      else await manager.insert(EvaluationPlan, { id: randomUUID(), meetingPlaceId: place.id, year, ...fields });
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: existing ? 'plan.update' : 'plan.create',
        target: { type: 'evaluation-plan', id: `${place.slug}/${year}` },
        details: { activities: activities.length, targets: targets.map((t) => t.indicator) },
      });
    });
    return this.planOf(place, year);
  }

  /**
   * A place's plan of a year with each activity's status and each target's assessment, as of
   * now. A caller that has already read the place's figures of the year (the annual report)
   * passes them, so the release is not read a second time.
   */
  async planOf(place: PlanPlace, year: number, figures?: AreaIndicatorsDto): Promise<PlanDto> {
    const { stored, activities, states, now } = await this.statusesOf(place, year);
    const targets: PlanTarget[] = stored ? JSON.parse(stored.targets) : [];
    return {
      meetingPlace: place.slug,
      year,
      exists: stored !== null,
      updatedAt: stored ? stored.updatedAt.toISOString() : null,
      asOf: helsinkiMonthOf(now),
      activities: activities.map((activity, i) => ({ ...activity, ...states[i] })),
      targets: await this.assessTargets(place, year, targets, figures),
      counts: countStatuses(states),
    };
  }

  /** How many of a place's planned activities of a year are in each status; null without a plan. Reads no figures. */
  async statusCountsOf(place: PlanPlace, year: number): Promise<PlanStatusCounts | null> {
    const { stored, states } = await this.statusesOf(place, year);
    return stored ? countStatuses(states) : null;
  }

  private async statusesOf(place: PlanPlace, year: number) {
    const stored = await this.plans.findOne({ where: { meetingPlaceId: place.id, year } });
    const activities: PlanActivity[] = stored ? JSON.parse(stored.activities) : [];
    const now = this.clock.now();
    const states = activityStates(year, activities, await this.evidence(place.id, [year]), now);
    return { stored, activities, states, now };
  }

  /**
   * Copies each place's plan of `fromYear` in a service area to `year`, due months moved by the
   * years between, as a starting point. A place that already has a plan for `year` is left as
   * it is (a copy must never overwrite a place's own work) and reported as skipped.
   */
  async copyForServiceArea(principal: Principal, areaId: string, year: number, fromYear: number): Promise<CopyPlansResultDto> {
    const area = await this.serviceAreas.findOne({ where: { id: areaId } });
    if (!area) throw new ProblemException(404, 'service-area-not-found', `There is no service area "${areaId}".`);
    const regionCode = await this.organisations.regionCodeOf(area.municipalityCode);
    assertAllowed(regionCode !== undefined && canManageRegion(principal, regionCode), 'Only the analysts of the service area’s region can copy its plans.');
    if (fromYear >= year) throw new ValidationProblem([{ field: 'previousYear', message: 'Copy from an earlier year.', code: 'copy-from-earlier-year' }]);
    const places = await this.places.find({ where: { serviceAreaId: area.id, active: true }, order: { slug: 'ASC' } });
    const result: CopyPlansResultDto = { serviceArea: area.id, year, fromYear, copied: [], skipped: [], withoutPlan: [] };
    await this.transactions.run(async (manager) => {
      const ids = places.map((p) => p.id);
      const existing = ids.length === 0 ? [] : await manager.find(EvaluationPlan, { where: { meetingPlaceId: In(ids), year: In([year, fromYear]) } });
      for (const place of places) {
        const source = existing.find((p) => p.meetingPlaceId === place.id && p.year === fromYear);
        if (existing.some((p) => p.meetingPlaceId === place.id && p.year === year)) result.skipped.push(place.slug);
        else if (!source) result.withoutPlan.push(place.slug);
        else {
          const activities = (JSON.parse(source.activities) as PlanActivity[]).map((a) => ({ kind: a.kind, due: shiftMonth(a.due, year - fromYear) }));
          await manager.insert(EvaluationPlan, {
            id: randomUUID(),
            meetingPlaceId: place.id,
            year,
            activities: JSON.stringify(activities),
            targets: source.targets,
            updatedAt: this.clock.now(),
          });
          result.copied.push(place.slug);
        }
      }
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'plan.copy',
        target: { type: 'service-area', id: area.id },
        details: { year, fromYear, copied: result.copied, skipped: result.skipped },
      });
    });
    return result;
  }

  /**
   * What is due this month and what is overdue in this year's and last year's plans of the
   * places the principal covers (an overdue activity of December still reminds in January).
   */
  async reminders(principal: Principal): Promise<PlanRemindersDto> {
    const now = this.clock.now();
    const month = helsinkiMonthOf(now);
    const year = Number(month.slice(0, 4));
    const plans = await this.plans.find({ where: { year: In([year - 1, year]) }, order: { year: 'ASC' } });
    const places = await this.organisations.listMeetingPlaces();
    const inScope = new Map(places.filter((p) => canReadPlaceParticipation(principal, p)).map((p) => [p.id, p]));
    const reminders: PlanRemindersDto['reminders'] = [];
    // One read of the evidence per place covers both years; a plan whose months are all still
    // ahead cannot remind of anything and is not looked at.
    const evidenceOf = new Map<string, Promise<ActivityEvidence[]>>();
    for (const plan of plans) {
      const place = inScope.get(plan.meetingPlaceId);
      if (!place) continue;
      const activities: PlanActivity[] = JSON.parse(plan.activities);
      if (!activities.some((activity) => activity.due <= month)) continue;
      if (!evidenceOf.has(place.id)) evidenceOf.set(place.id, this.evidence(place.id, [year - 1, year]));
      const states = activityStates(plan.year, activities, await evidenceOf.get(place.id)!, now);
      activities.forEach((activity, i) => {
        const status = states[i].status;
        if (status === 'due' || status === 'overdue') {
          reminders.push({ meetingPlace: place.slug, placeName: place.name.fi, year: plan.year, kind: activity.kind, due: activity.due, status });
        }
      });
    }
    reminders.sort((a, b) => (a.status === b.status ? 0 : a.status === 'overdue' ? -1 : 1) || a.due.localeCompare(b.due) || a.meetingPlace.localeCompare(b.meetingPlace));
    return { month, reminders };
  }

  /**
   * What completed activities in these years at the place, each with its Finnish day: a round of
   * a survey that has closed with at least one answer; a submitted self-evaluation; a
   * submitted peer evaluation of the place (it being evaluated, not evaluating others); a
   * recorded co-development day.
   */
  private async evidence(placeId: string, years: number[]): Promise<ActivityEvidence[]> {
    const now = this.clock.now();
    const inYears = (day: string) => years.some((year) => day.startsWith(`${year}-`));
    const evidence: ActivityEvidence[] = [];
    const rounds = await this.rounds.find({ where: { meetingPlaceId: placeId, surveyKey: In([...SURVEY_ACTIVITY_KINDS]) } });
    for (const round of rounds) {
      if (roundStatus(round, now) !== 'closed') continue;
      const closedOn = round.closedAt ? minDate(helsinkiDateOf(round.closedAt), round.endsOn) : round.endsOn;
      if (!inYears(closedOn)) continue;
      if (await this.roundsService.hasResponses(round)) evidence.push({ kind: round.surveyKey as PlanActivityKind, on: closedOn });
    }
    const evaluations = await this.evaluations.find({ where: { meetingPlaceId: placeId, status: 'submitted' }, select: ['kind', 'submittedAt', 'evaluatorPlaceId'] });
    for (const evaluation of evaluations) {
      if (!evaluation.submittedAt) continue;
      evidence.push({ kind: evaluation.kind === 'self' ? 'self-evaluation' : 'peer-evaluation', on: helsinkiDateOf(evaluation.submittedAt) });
    }
    const days = await this.days.find({ where: { meetingPlaceId: placeId }, select: ['date'] });
    for (const day of days) evidence.push({ kind: 'co-development-day', on: day.date });
    return evidence.filter((e) => inYears(e.on));
  }

  /** Each target beside the place's released figure of the year and whether it was reached. */
  private async assessTargets(place: PlanPlace, year: number, targets: PlanTarget[], known?: AreaIndicatorsDto): Promise<PlanTargetDto[]> {
    if (targets.length === 0) return [];
    // A place left out of the reporting hierarchy (deactivated before it had answers) has no
    // figures: its targets then have no figure rather than the plan failing to load.
    const figures = known ?? await this.indicators.forArea({ level: 'meeting-place', code: place.slug, period: String(year) }).catch((error: unknown) => {
      if (error instanceof ProblemException && error.getStatus() === 404) return null;
      throw error;
    });
    return targets.map(({ indicator: key, target }) => {
      const indicator = findIndicator(key) as IndicatorDefinition;
      const figure = figures ? figureOf(figures.period, figures.indicators, figures.halfYearly, key) : null;
      return {
        indicator: key,
        target,
        unit: indicator.unit,
        direction: indicator.direction,
        figure,
        assessment: assessTarget(figure, target, indicator.direction),
      };
    });
  }
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * The figure a target of the year is compared with: the year's figure; for an indicator
 * published only per half-year (Huomaa minut), the later half with a shown value, else the
 * later half as it stands (to say why there is none).
 */
function figureOf(
  period: string,
  yearly: IndicatorResultDto[],
  halfYearly: { period: string; indicators: IndicatorResultDto[] }[],
  key: string,
): TargetFigureDto | null {
  const toFigure = (p: string, f: IndicatorResultDto): TargetFigureDto => ({ period: p, value: f.value, ci95: f.ci95, n: f.n, status: f.status });
  const found = yearly.find((f) => f.key === key);
  if (found) return toFigure(period, found);
  const halves = halfYearly.flatMap((half) => half.indicators.filter((f) => f.key === key).map((f) => toFigure(half.period, f))).reverse();
  return halves.find((f) => f.value !== null) ?? halves[0] ?? null;
}

/** The rules a plan's body must meet beyond its DTO: months in the year, known indicators in range, one target each. */
function checkPlan(year: number, dto: PutPlanDto): void {
  const errors: FieldError[] = [];
  dto.activities.forEach((activity, i) => {
    if (!MONTH_PATTERN.test(activity.due)) errors.push({ field: `activities.${i}.due`, message: 'due must be a month written YYYY-MM.', code: 'invalid-month' });
    else if (!activity.due.startsWith(`${year}-`)) {
      errors.push({ field: `activities.${i}.due`, message: `due must be a month of ${year}: a plan covers its own year.`, code: 'due-outside-year' });
    }
  });
  const seen = new Set<string>();
  dto.targets.forEach((target, i) => {
    const indicator = findIndicator(target.indicator);
    if (!indicator) {
      errors.push({ field: `targets.${i}.indicator`, message: `There is no indicator "${target.indicator}".`, code: 'unknown-indicator' });
      return;
    }
    if (seen.has(target.indicator)) errors.push({ field: `targets.${i}.indicator`, message: `There is already a target for ${target.indicator}.`, code: 'duplicate-target' });
    seen.add(target.indicator);
    const { min, max } = targetRange(indicator);
    if (!(target.target >= min && target.target <= max)) {
      const unit = indicator.unit === 'share' ? 'a share as a fraction' : 'a mean on the item’s scale';
      errors.push({ field: `targets.${i}.target`, message: `The target of ${target.indicator} is ${unit}: from ${min} to ${max}.`, code: 'target-out-of-range' });
    }
  });
  if (errors.length > 0) throw new ValidationProblem(errors);
}
