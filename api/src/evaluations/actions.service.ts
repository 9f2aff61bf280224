import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import { addMonths, FOLLOW_UP_MONTHS } from '../../../reports/evaluation-comparison';
import { helsinkiDateOf, isCalendarDate } from '../../../reports/periods';
import { assertAllowed, canManagePlace, canReadPlaceParticipation } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { FieldError, ProblemException, ValidationProblem } from '../common/problem';
import { TransactionRunner } from '../database/transaction-runner';
import { OrganisationsService } from '../organisations/organisations.service';
import { ActionDto, CreateActionDto, FollowUpDto, PlaceActionsDto, UpdateActionDto } from './dto/action.dto';
import { ActionSource, ActionStatus, DevelopmentAction, DevelopmentActionNote } from './development-action.entity';
import { isOverdue, statusAt } from './action-status';
import { Evaluation } from './evaluation.entity';
import { EvaluationsService } from './evaluations.service';

/**
 * A place's development plan: actions agreed by its steering group, each with a dated history
 * of follow-up notes, and the 6- and 12-month follow-ups of its evaluations.
 */
@Injectable()
export class ActionsService {
  constructor(
    @InjectRepository(DevelopmentAction) private readonly actions: Repository<DevelopmentAction>,
    @InjectRepository(DevelopmentActionNote) private readonly notes: Repository<DevelopmentActionNote>,
    @InjectRepository(Evaluation) private readonly evaluations: Repository<Evaluation>,
    private readonly organisations: OrganisationsService,
    private readonly evaluationsService: EvaluationsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, slugOrId: string, dto: CreateActionDto): Promise<ActionDto> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can add to its development plan.');
    const [action] = await this.prepare(place.id, [dto]);
    await this.transactions.run((manager) => this.insert(manager, principal, place.slug, action));
    return this.toDto(action, place.slug, []);
  }

  /**
   * New actions of a place, validated (due date, criterion) but not stored: a caller that
   * records something else with them (a co-development day) inserts them in its own
   * transaction with `insert`. Field names of errors are prefixed (`actions[0].dueDate`).
   */
  async prepare(placeId: string, inputs: (Omit<CreateActionDto, 'source'> & { source: { kind: ActionSource; id?: string } })[], fieldPrefix = (_i: number) => ''): Promise<DevelopmentAction[]> {
    const errors: FieldError[] = [];
    const criteria = inputs.some((dto) => dto.criterion) ? (await this.evaluationsService.currentInstrument()).criteria.map((c) => c.name) : [];
    inputs.forEach((dto, i) => {
      if (!isCalendarDate(dto.dueDate)) errors.push({ field: `${fieldPrefix(i)}dueDate`, message: 'dueDate is not a calendar date.', code: 'invalid-date' });
      if (dto.criterion && !criteria.includes(dto.criterion)) {
        errors.push({ field: `${fieldPrefix(i)}criterion`, message: `There is no criterion "${dto.criterion}" in peer-evaluation.`, code: 'unknown-criterion' });
      }
    });
    if (errors.length > 0) throw new ValidationProblem(errors);
    const createdAt = this.clock.now();
    return inputs.map((dto) => ({
      id: randomUUID(),
      meetingPlaceId: placeId,
      title: dto.title.trim(),
      criterion: dto.criterion ?? null,
      owner: dto.owner.trim(),
      dueDate: dto.dueDate,
      sourceKind: dto.source.kind,
      sourceId: dto.source.id ?? null,
      status: 'planned',
      createdAt,
    }));
  }

  /** Stores a prepared action and audits it, in the caller's transaction. */
  async insert(manager: EntityManager, principal: Principal, placeSlug: string, action: DevelopmentAction): Promise<void> {
    await manager.insert(DevelopmentAction, action);
    await this.audit.record(manager, {
      actorId: principal.userId,
      action: 'action.create',
      target: { type: 'development-action', id: action.id },
      details: { place: placeSlug, criterion: action.criterion, source: action.sourceKind },
    });
  }

  /** The actions that came from these sources (e.g. co-development days), each as its DTO, with their notes. */
  async fromSources(kind: ActionSource, sourceIds: string[], placeSlug: string): Promise<Map<string, ActionDto[]>> {
    const found = new Map<string, ActionDto[]>(sourceIds.map((id) => [id, []]));
    if (sourceIds.length === 0) return found;
    const actions = await this.actions.find({ where: { sourceKind: kind, sourceId: In(sourceIds) }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
    const notes = actions.length === 0 ? [] : await this.notes.find({ where: { actionId: In(actions.map((a) => a.id)) }, order: { notedAt: 'ASC' } });
    for (const action of actions) found.get(action.sourceId!)?.push(this.toDto(action, placeSlug, notes.filter((n) => n.actionId === action.id)));
    return found;
  }

  /** Moves an action to a status with a follow-up note; the note is kept with its date. */
  async update(principal: Principal, id: string, dto: UpdateActionDto): Promise<ActionDto> {
    const action = /^[0-9a-f-]{36}$/i.test(id) ? await this.actions.findOne({ where: { id: id.toLowerCase() } }) : null;
    if (!action) throw new ProblemException(404, 'action-not-found', `There is no development action "${id}".`);
    const place = await this.organisations.getMeetingPlace(action.meetingPlaceId);
    assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can follow up its development plan.');
    const note: DevelopmentActionNote = { id: randomUUID(), actionId: action.id, status: dto.status, note: dto.note.trim(), notedAt: this.clock.now() };
    action.status = dto.status;
    await this.transactions.run(async (manager) => {
      await manager.update(DevelopmentAction, { id: action.id }, { status: dto.status });
      await manager.insert(DevelopmentActionNote, note);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'action.update',
        target: { type: 'development-action', id: action.id },
        details: { status: dto.status },
      });
    });
    return this.toDto(action, place.slug, await this.notes.find({ where: { actionId: action.id }, order: { notedAt: 'ASC' } }));
  }

  async list(principal: Principal, slugOrId: string): Promise<PlaceActionsDto> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canReadPlaceParticipation(principal, place));
    const actions = await this.actions.find({ where: { meetingPlaceId: place.id }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
    const notes = actions.length === 0 ? [] : await this.notes.find({ where: { actionId: In(actions.map((a) => a.id)) }, order: { notedAt: 'ASC' } });
    return {
      actions: actions.map((action) => this.toDto(action, place.slug, notes.filter((n) => n.actionId === action.id))),
      followUps: await this.followUps(place.id),
    };
  }

  /**
   * Counts of a region's places' actions by status, and how many are overdue: now, or as the
   * plan stood at an earlier instant (a past year's end), from the follow-up notes' history.
   */
  async countsByPlace(placeIds: string[], asOf?: Date): Promise<Map<string, Record<ActionStatus | 'overdue', number>>> {
    const at = asOf ?? this.clock.now();
    const past = at.getTime() < this.clock.now().getTime();
    const today = helsinkiDateOf(at);
    const actions = placeIds.length === 0 ? [] : await this.actions.find({ where: { meetingPlaceId: In(placeIds) }, select: ['id', 'meetingPlaceId', 'status', 'dueDate', 'createdAt'] });
    const history = new Map<string, { notedAt: string; status: ActionStatus }[]>();
    if (past && actions.length > 0) {
      const notes = await this.notes.find({ where: { actionId: In(actions.map((a) => a.id)) }, select: ['actionId', 'status', 'notedAt'], order: { notedAt: 'ASC' } });
      for (const note of notes) {
        const notesOfAction = history.get(note.actionId) ?? [];
        notesOfAction.push({ notedAt: note.notedAt.toISOString(), status: note.status });
        history.set(note.actionId, notesOfAction);
      }
    }
    const counts = new Map(placeIds.map((id) => [id, { planned: 0, 'in-progress': 0, done: 0, dropped: 0, overdue: 0 }]));
    for (const action of actions) {
      if (past && action.createdAt.getTime() >= at.getTime()) continue;
      const status = past ? statusAt(history.get(action.id) ?? [], at) : action.status;
      const count = counts.get(action.meetingPlaceId)!;
      count[status] += 1;
      if (isOverdue({ status, dueDate: action.dueDate }, today)) count.overdue += 1;
    }
    return counts;
  }

  /**
   * For each year the place was evaluated: follow-ups 6 and 12 months after the day its last
   * evaluation of that year was submitted (the development plan is checked then).
   */
  private async followUps(placeId: string): Promise<FollowUpDto[]> {
    const submitted = await this.evaluations.find({ where: { meetingPlaceId: placeId, status: 'submitted' }, select: ['year', 'submittedAt'] });
    const lastByYear = new Map<number, Date>();
    for (const { year, submittedAt } of submitted) {
      const last = lastByYear.get(year);
      if (submittedAt && (!last || submittedAt > last)) lastByYear.set(year, submittedAt);
    }
    const today = helsinkiDateOf(this.clock.now());
    return [...lastByYear.entries()]
      .sort(([a], [b]) => a - b)
      .flatMap(([year, last]) =>
        FOLLOW_UP_MONTHS.map((months) => {
          const dueDate = addMonths(helsinkiDateOf(last), months);
          return { year, months, dueDate, overdue: dueDate < today };
        }),
      );
  }

  toDto(action: DevelopmentAction, placeSlug: string, notes: DevelopmentActionNote[]): ActionDto {
    return {
      id: action.id,
      meetingPlace: placeSlug,
      title: action.title,
      criterion: action.criterion,
      owner: action.owner,
      dueDate: action.dueDate,
      source: { kind: action.sourceKind, id: action.sourceId },
      status: action.status,
      overdue: isOverdue(action, helsinkiDateOf(this.clock.now())),
      history: notes.map((n) => ({ notedAt: n.notedAt.toISOString(), status: n.status, note: n.note })),
    };
  }
}
