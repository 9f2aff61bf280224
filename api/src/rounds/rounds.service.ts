import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Repository } from 'typeorm';
import { collectionRulesOf } from '../../../reports/instruments';
import { helsinkiDateOf, isCalendarDate } from '../../../reports/periods';
import { AuditService } from '../audit/audit.service';
import { assertAllowed, canManagePlace, canReadPlaceParticipation } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { Clock } from '../common/clock';
import { FieldError, ProblemException, ValidationProblem } from '../common/problem';
import { TransactionRunner } from '../database/transaction-runner';
import type { MeetingPlaceDto } from '../organisations/dto/organisation.dto';
import { OrganisationsService } from '../organisations/organisations.service';
import { SurveyInstrument } from '../surveys/survey-instrument.entity';
import { CollectionRound } from './collection-round.entity';
import { ReleasesService } from '../releases/releases.service';
import { CreateRoundDto, ReopenRoundDto, RoundDto } from './dto/round.dto';
import { toSqlInstant } from '../database/sql-time';
import { roundPeriodProblem, roundsOverlap, roundStatus, roundWindow } from './round-window';

/**
 * Collection rounds of every instrument: a place collects one instrument over chosen days.
 * Rounds are planned ahead (they start today at the earliest): a window picked afterwards
 * would be a free date range over answers already given, which could single a family out.
 */
@Injectable()
export class RoundsService {
  constructor(
    @InjectRepository(CollectionRound) private readonly rounds: Repository<CollectionRound>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly releases: ReleasesService,
  ) {}

  async create(principal: Principal, slugOrId: string, dto: CreateRoundDto): Promise<RoundDto> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can plan its rounds.');
    if (!place.active) throw new ValidationProblem([{ field: 'meetingPlace', message: 'This meeting place no longer collects answers.', code: 'place-inactive' }]);
    await this.requireInstrument(dto.surveyKey);
    this.checkDays(dto.startsOn, dto.endsOn, dto.surveyKey);
    const round: CollectionRound = {
      id: randomUUID(),
      meetingPlaceId: place.id,
      surveyKey: dto.surveyKey,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn,
      closedAt: null,
      reopenCount: 0,
      createdBy: principal.userId,
      createdAt: this.clock.now(),
    };
    await this.transactions.run(async (manager) => {
      await this.refuseOverlap(manager.getRepository(CollectionRound), round);
      await manager.insert(CollectionRound, round);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'round.create',
        target: { type: 'round', id: round.id },
        details: { place: place.slug, surveyKey: round.surveyKey, startsOn: round.startsOn, endsOn: round.endsOn },
      });
    });
    return this.toDto(round, place);
  }

  async list(principal: Principal, slugOrId: string): Promise<RoundDto[]> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canReadPlaceParticipation(principal, place));
    const rounds = await this.rounds.find({ where: { meetingPlaceId: place.id }, order: { startsOn: 'DESC', surveyKey: 'ASC' } });
    return Promise.all(rounds.map((round) => this.toDto(round, place)));
  }

  /** A round with its place, for a reader allowed to see the place's participation. */
  async readable(principal: Principal, id: string): Promise<{ round: CollectionRound; place: MeetingPlaceDto }> {
    const { round, place } = await this.find(id);
    assertAllowed(canReadPlaceParticipation(principal, place));
    return { round, place };
  }

  async get(principal: Principal, id: string): Promise<RoundDto> {
    const { round, place } = await this.readable(principal, id);
    return this.toDto(round, place);
  }

  async close(principal: Principal, id: string): Promise<RoundDto> {
    const { round, place } = await this.find(id);
    assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can close its rounds.');
    const now = this.clock.now();
    // Closing a round before its first day cancels it: its days are free for another round.
    const status = roundStatus(round, now);
    if (status !== 'open' && status !== 'scheduled') {
      throw new ProblemException(409, 'round-not-open', `The round is ${status}: only an open or a scheduled round can be closed.`);
    }
    round.closedAt = now;
    await this.transactions.run(async (manager) => {
      await manager.update(CollectionRound, { id: round.id }, { closedAt: now });
      await this.audit.record(manager, { actorId: principal.userId, action: 'round.close', target: { type: 'round', id: round.id } });
    });
    return this.toDto(round, place);
  }

  /**
   * Admins only: opens a closed round again (a facilitator fell ill, the tablet was broken).
   * Its next release is a revision, audited against the one already published.
   */
  async reopen(principal: Principal, id: string, dto: ReopenRoundDto): Promise<RoundDto> {
    const { round, place } = await this.find(id);
    const now = this.clock.now();
    if (roundStatus(round, now) !== 'closed') throw new ProblemException(409, 'round-not-closed', 'Only a closed round can be reopened.');
    const today = helsinkiDateOf(now);
    const endsOn = dto.endsOn ?? round.endsOn;
    if (endsOn < today) {
      throw new ValidationProblem([
        { field: 'endsOn', message: 'The round’s last day has passed: give a new last day, today or later.', code: 'ends-in-past' },
      ]);
    }
    this.checkDays(round.startsOn, endsOn, round.surveyKey, { allowPastStart: true });
    const reopened: CollectionRound = { ...round, endsOn, closedAt: null, reopenCount: round.reopenCount + 1 };
    await this.transactions.run(async (manager) => {
      await this.refuseOverlap(manager.getRepository(CollectionRound), reopened);
      await manager.update(CollectionRound, { id: round.id }, { endsOn, closedAt: null, reopenCount: reopened.reopenCount });
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'round.reopen',
        target: { type: 'round', id: round.id },
        details: { endsOn },
      });
    });
    return this.toDto(reopened, place);
  }

  /** Respondents whose answers belong to the round so far (participation, not answers). */
  async respondents(round: CollectionRound): Promise<number> {
    const { start, end } = roundWindow(round);
    const [row] = await this.dataSource.query(
      ...this.dataSource.driver.escapeQueryWithParameters(
        'SELECT COUNT(*) AS n FROM response WHERE meeting_place_id = :place AND survey_key = :survey AND answered_at >= :start AND answered_at < :end',
        { place: round.meetingPlaceId, survey: round.surveyKey, start: toSqlInstant(this.dataSource, start), end: toSqlInstant(this.dataSource, end) },
        {},
      ),
    );
    return Number(row.n);
  }

  /** Whether anyone answered in the round: stops at the first answer instead of counting them all. */
  async hasResponses(round: CollectionRound): Promise<boolean> {
    const { start, end } = roundWindow(round);
    const rows: unknown[] = await this.dataSource.query(
      ...this.dataSource.driver.escapeQueryWithParameters(
        'SELECT 1 AS answered FROM response WHERE meeting_place_id = :place AND survey_key = :survey AND answered_at >= :start AND answered_at < :end LIMIT 1',
        { place: round.meetingPlaceId, survey: round.surveyKey, start: toSqlInstant(this.dataSource, start), end: toSqlInstant(this.dataSource, end) },
        {},
      ),
    );
    return rows.length > 0;
  }

  /** Every round of an instrument at these places, in one query: for checking many dates at once (the paper import). */
  roundsAt(surveyKey: string, meetingPlaceIds: Iterable<string>): Promise<CollectionRound[]> {
    const ids = [...new Set(meetingPlaceIds)];
    return ids.length === 0 ? Promise.resolve([]) : this.rounds.find({ where: { surveyKey, meetingPlaceId: In(ids) } });
  }

  /** The rounds of a place and instrument whose days hold `date` (at most one: rounds do not overlap). */
  roundOn(meetingPlaceId: string, surveyKey: string, date: string): Promise<CollectionRound | null> {
    return this.rounds
      .createQueryBuilder('round')
      .where('round.meeting_place_id = :meetingPlaceId AND round.survey_key = :surveyKey', { meetingPlaceId, surveyKey })
      .andWhere('round.starts_on <= :date AND round.ends_on >= :date', { date })
      .getOne();
  }

  private async find(id: string): Promise<{ round: CollectionRound; place: MeetingPlaceDto }> {
    const round = /^[0-9a-f-]{36}$/i.test(id) ? await this.rounds.findOne({ where: { id: id.toLowerCase() } }) : null;
    if (!round) throw new ProblemException(404, 'round-not-found', `There is no round "${id}".`);
    return { round, place: await this.organisations.getMeetingPlace(round.meetingPlaceId) };
  }

  private async requireInstrument(surveyKey: string): Promise<void> {
    const found = await this.dataSource.getRepository(SurveyInstrument).findOne({ where: { key: surveyKey }, select: { key: true } });
    if (!found) throw new ValidationProblem([{ field: 'surveyKey', message: `There is no survey "${surveyKey}".`, code: 'unknown-survey' }]);
  }

  private checkDays(startsOn: string, endsOn: string, surveyKey: string, options: { allowPastStart?: boolean } = {}): void {
    const errors: FieldError[] = [];
    if (!isCalendarDate(startsOn)) errors.push({ field: 'startsOn', message: 'startsOn is not a calendar date.', code: 'invalid-date' });
    if (!isCalendarDate(endsOn)) errors.push({ field: 'endsOn', message: 'endsOn is not a calendar date.', code: 'invalid-date' });
    if (errors.length > 0) throw new ValidationProblem(errors);
    if (!options.allowPastStart && startsOn < helsinkiDateOf(this.clock.now())) {
      errors.push({ field: 'startsOn', message: 'A round starts today or later: rounds are planned ahead.', code: 'starts-in-past' });
    }
    if (endsOn < startsOn) errors.push({ field: 'endsOn', message: 'The last day comes before the first.', code: 'ends-before-start' });
    const periodProblem = errors.length === 0 ? roundPeriodProblem(surveyKey, startsOn, endsOn) : null;
    if (periodProblem) errors.push({ field: 'endsOn', message: periodProblem, code: `round-not-within-${collectionRulesOf(surveyKey).roundWithin}` });
    if (errors.length > 0) throw new ValidationProblem(errors);
  }

  private async refuseOverlap(rounds: Repository<CollectionRound>, round: CollectionRound): Promise<void> {
    const others = await rounds.find({ where: { meetingPlaceId: round.meetingPlaceId, surveyKey: round.surveyKey } });
    const clash = others.find((other) => other.id !== round.id && roundsOverlap(other, round));
    if (clash) {
      throw new ProblemException(
        409,
        'round-overlaps',
        `This place already has a ${round.surveyKey} round from ${clash.startsOn} to ${clash.endsOn}; rounds of one survey cannot share days.`,
      );
    }
  }

  async toDto(round: CollectionRound, place: Pick<MeetingPlaceDto, 'slug'>): Promise<RoundDto> {
    const { end } = roundWindow(round);
    const [respondents, release] = await Promise.all([this.respondents(round), this.releases.latestOfRound(round)]);
    return {
      id: round.id,
      meetingPlace: place.slug,
      surveyKey: round.surveyKey,
      startsOn: round.startsOn,
      endsOn: round.endsOn,
      status: roundStatus(round, this.clock.now()),
      closesAt: end.toISOString(),
      closedEarlyAt: round.closedAt ? round.closedAt.toISOString() : null,
      reopenCount: round.reopenCount,
      respondents,
      release: release ? { releasedAt: release.releasedAt.toISOString(), revision: release.revision } : null,
    };
  }
}
