import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Between, Repository } from 'typeorm';
import { FIRST_YEAR, helsinkiDateOf, isCalendarDate } from '../../../reports/periods';
import { assertAllowed, canManagePlace, canReadPlaceParticipation } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { ValidationProblem } from '../common/problem';
import { TransactionRunner } from '../database/transaction-runner';
import { ActionsService } from '../evaluations/actions.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { CoDevelopmentDay } from './co-development-day.entity';
import { CoDevelopmentDayDto, CreateCoDevelopmentDayDto } from './dto/co-development-day.dto';
import type { PlanPlace } from './plans.service';

/**
 * Co-development days and community meetings (yhteiskehittämispäivät) of a place: when, how many
 * took part (counts only), themes and outcomes. Actions agreed on the day go into the place's
 * one development plan (ActionsService) with source co-development and the day's id, in the
 * same transaction as the day, so a day is never recorded without the actions agreed on it.
 *
 * `daysOf` is the reading other features use (the annual report): it checks no access.
 */
@Injectable()
export class CoDevelopmentDaysService {
  constructor(
    @InjectRepository(CoDevelopmentDay) private readonly days: Repository<CoDevelopmentDay>,
    private readonly organisations: OrganisationsService,
    private readonly actions: ActionsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, slugOrId: string, dto: CreateCoDevelopmentDayDto): Promise<CoDevelopmentDayDto> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can record its co-development days.');
    const today = helsinkiDateOf(this.clock.now());
    if (!isCalendarDate(dto.date)) throw new ValidationProblem([{ field: 'date', message: 'date is not a calendar date.', code: 'invalid-date' }]);
    if (dto.date > today) throw new ValidationProblem([{ field: 'date', message: 'A co-development day is recorded once it has been held: the date is in the future.', code: 'date-in-future' }]);
    if (dto.date < `${FIRST_YEAR}-01-01`) throw new ValidationProblem([{ field: 'date', message: `date must be in ${FIRST_YEAR} or later.`, code: 'date-too-early' }]);
    const day: CoDevelopmentDay = {
      id: randomUUID(),
      meetingPlaceId: place.id,
      date: dto.date,
      families: dto.participants.families,
      children: dto.participants.children,
      staff: dto.participants.staff,
      partners: dto.participants.partners,
      themes: JSON.stringify(dto.themes.map((theme) => theme.trim()).filter((theme) => theme.length > 0)),
      outcomes: dto.outcomes.trim(),
      createdAt: this.clock.now(),
    };
    const actions = await this.actions.prepare(
      place.id,
      (dto.actions ?? []).map((action) => ({ ...action, source: { kind: 'co-development' as const, id: day.id } })),
      (i) => `actions.${i}.`,
    );
    await this.transactions.run(async (manager) => {
      await manager.insert(CoDevelopmentDay, day);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'co-development-day.create',
        target: { type: 'co-development-day', id: day.id },
        details: { place: place.slug, date: day.date, actions: actions.length },
      });
      for (const action of actions) await this.actions.insert(manager, principal, place.slug, action);
    });
    return this.toDto(day, place.slug, actions.map((action) => this.actions.toDto(action, place.slug, [])));
  }

  async list(principal: Principal, slugOrId: string, year?: number): Promise<CoDevelopmentDayDto[]> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canReadPlaceParticipation(principal, place));
    return this.daysOf(place, year);
  }

  /** A place's days (of a year, or all), latest first, each with the actions agreed on it. */
  async daysOf(place: PlanPlace, year?: number): Promise<CoDevelopmentDayDto[]> {
    const where = year === undefined ? { meetingPlaceId: place.id } : { meetingPlaceId: place.id, date: Between(`${year}-01-01`, `${year}-12-31`) };
    const days = await this.days.find({ where, order: { date: 'DESC', createdAt: 'DESC' } });
    const actions = await this.actions.fromSources(
      'co-development',
      days.map((d) => d.id),
      place.slug,
    );
    return days.map((day) => this.toDto(day, place.slug, actions.get(day.id) ?? []));
  }

  private toDto(day: CoDevelopmentDay, placeSlug: string, actions: CoDevelopmentDayDto['actions']): CoDevelopmentDayDto {
    return {
      id: day.id,
      meetingPlace: placeSlug,
      date: day.date,
      participants: { families: day.families, children: day.children, staff: day.staff, partners: day.partners },
      themes: JSON.parse(day.themes),
      outcomes: day.outcomes,
      actions,
    };
  }
}
