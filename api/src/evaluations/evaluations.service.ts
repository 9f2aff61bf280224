import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, QueryFailedError, Repository } from 'typeorm';
import { compareEvaluations, EvaluationArea } from '../../../reports/evaluation-comparison';
import {
  assertAllowed,
  canAssignPeerEvaluation,
  canFillEvaluation,
  canManagePlace,
  canReadPlaceParticipation,
} from '../access/access-policy';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { localised } from '../common/localised-text.dto';
import { ProblemException, ValidationProblem } from '../common/problem';
import { TransactionRunner } from '../database/transaction-runner';
import type { MeetingPlaceDto } from '../organisations/dto/organisation.dto';
import { OrganisationsService } from '../organisations/organisations.service';
import { SurveysService } from '../surveys/surveys.service';
import { CreateEvaluationDto, EvaluationAnswersDto, EvaluationComparisonDto, EvaluationDto, TeamSummaryDto } from './dto/evaluation.dto';
import { Evaluation } from './evaluation.entity';
import { EVALUATION_SURVEY_KEY, EvaluationInstrument, evaluationInstrumentOf, SUMMARY_QUESTIONS } from './evaluation-instrument';

/**
 * The yearly self- and peer evaluation of meeting places: a place's team evaluates itself, teams
 * of other places visit and evaluate it, and the two are compared (docs/access-control.md).
 */
@Injectable()
export class EvaluationsService {
  private readonly instruments = new Map<number, Promise<EvaluationInstrument>>();

  constructor(
    @InjectRepository(Evaluation) private readonly evaluations: Repository<Evaluation>,
    private readonly organisations: OrganisationsService,
    private readonly surveys: SurveysService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, slugOrId: string, dto: CreateEvaluationDto): Promise<EvaluationDto> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    let evaluator = place;
    if (dto.kind === 'self') {
      assertAllowed(canManagePlace(principal, place), 'Only the staff of this meeting place and its region can start its self-evaluation.');
      if (dto.evaluatorPlace !== undefined && dto.evaluatorPlace !== place.slug) {
        throw new ValidationProblem([{ field: 'evaluatorPlace', message: 'A self-evaluation is made by the place itself.', code: 'self-evaluator' }]);
      }
    } else {
      assertAllowed(canAssignPeerEvaluation(principal, place), 'Peer evaluations are assigned by the region’s analysts and admins.');
      if (!dto.evaluatorPlace) {
        throw new ValidationProblem([{ field: 'evaluatorPlace', message: 'A peer evaluation needs the place whose team evaluates.', code: 'required' }]);
      }
      evaluator = await this.organisations.getMeetingPlace(dto.evaluatorPlace);
      if (evaluator.id === place.id) {
        throw new ProblemException(422, 'self-peer-evaluation', 'A place cannot peer-evaluate itself: a team of another place visits it.');
      }
    }
    const current = await this.surveys.getVersion(EVALUATION_SURVEY_KEY, 'current');
    const now = this.clock.now();
    const evaluation: Evaluation = {
      id: randomUUID(),
      meetingPlaceId: place.id,
      evaluatorPlaceId: evaluator.id,
      year: dto.year,
      kind: dto.kind,
      surveyVersion: current.version,
      answers: '{}',
      status: 'draft',
      submittedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.transactions.run(async (manager) => {
        await manager.insert(Evaluation, evaluation);
        await this.audit.record(manager, {
          actorId: principal.userId,
          action: 'evaluation.create',
          target: { type: 'evaluation', id: evaluation.id },
          details: { place: place.slug, year: dto.year, kind: dto.kind, evaluatorPlace: evaluator.slug },
        });
      });
    } catch (error) {
      if (!(error instanceof QueryFailedError)) throw error;
      const what = dto.kind === 'self' ? 'a self-evaluation' : `a peer evaluation by ${evaluator.slug}`;
      throw new ProblemException(409, 'evaluation-exists', `This place already has ${what} for ${dto.year}.`);
    }
    return this.toDto(principal, evaluation, new Map([[place.id, place], [evaluator.id, evaluator]]));
  }

  /** The evaluations of a place and those its team makes of others, newest year first. */
  async listForPlace(principal: Principal, slugOrId: string, year?: number): Promise<EvaluationDto[]> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canReadPlaceParticipation(principal, place));
    const found = await this.evaluations.find({
      where: [
        { meetingPlaceId: place.id, ...(year ? { year } : {}) },
        { evaluatorPlaceId: place.id, ...(year ? { year } : {}) },
      ],
      order: { year: 'DESC', createdAt: 'ASC' },
    });
    const places = await this.placesOf(found);
    return found.map((evaluation) => this.toDto(principal, evaluation, places, { withAnswers: false }));
  }

  async get(principal: Principal, id: string): Promise<EvaluationDto> {
    const { evaluation, places } = await this.readable(principal, id);
    return this.toDto(principal, evaluation, places);
  }

  /** Saves a draft: any subset of the answers, each valid for the evaluation's version. */
  async saveAnswers(principal: Principal, id: string, dto: EvaluationAnswersDto): Promise<EvaluationDto> {
    const { evaluation, places } = await this.fillable(principal, id);
    const answers = await this.validated(evaluation, dto.answers);
    evaluation.answers = JSON.stringify(answers);
    evaluation.updatedAt = this.clock.now();
    await this.transactions.run(async (manager) => {
      await manager.update(Evaluation, { id: evaluation.id }, { answers: evaluation.answers, updatedAt: evaluation.updatedAt });
      await this.audit.record(manager, { actorId: principal.userId, action: 'evaluation.save', target: { type: 'evaluation', id: evaluation.id } });
    });
    return this.toDto(principal, evaluation, places);
  }

  /** Locks the evaluation: every criterion and both summaries must be answered. */
  async submit(principal: Principal, id: string): Promise<EvaluationDto> {
    const { evaluation, places } = await this.fillable(principal, id);
    const answers = JSON.parse(evaluation.answers) as Record<string, unknown>;
    const { requiredForSubmit } = await this.instrument(evaluation.surveyVersion);
    const missing = requiredForSubmit.filter((name) => answers[name] === undefined);
    if (missing.length > 0) {
      throw new ValidationProblem(
        missing.map((name) => ({ field: `answers.${name}`, message: 'Answer this before submitting.', code: 'required' })),
        'The evaluation is not complete.',
      );
    }
    const now = this.clock.now();
    Object.assign(evaluation, { status: 'submitted', submittedAt: now, updatedAt: now });
    await this.transactions.run(async (manager) => {
      await manager.update(Evaluation, { id: evaluation.id }, { status: 'submitted', submittedAt: now, updatedAt: now });
      await this.audit.record(manager, { actorId: principal.userId, action: 'evaluation.submit', target: { type: 'evaluation', id: evaluation.id } });
    });
    return this.toDto(principal, evaluation, places);
  }

  /**
   * The year's comparison of a place: submitted self and peer scores per criterion and area, the
   * gaps, and the teams' strengths and development targets (the steering group's report).
   */
  async comparison(principal: Principal, slugOrId: string, year: number): Promise<EvaluationComparisonDto> {
    const place = await this.organisations.getMeetingPlace(slugOrId);
    assertAllowed(canReadPlaceParticipation(principal, place));
    const all = await this.evaluations.find({ where: { meetingPlaceId: place.id, year }, order: { createdAt: 'ASC' } });
    const places = await this.placesOf(all);
    const submitted = all.filter((e) => e.status === 'submitted');
    const self = submitted.find((e) => e.kind === 'self') ?? null;
    const peers = submitted.filter((e) => e.kind === 'peer');
    const scored = (e: Evaluation) => ({ id: e.id, evaluatorPlace: places.get(e.evaluatorPlaceId)!.slug, answers: JSON.parse(e.answers) as Record<string, unknown> });
    // Criteria and titles of the newest version used: versions keep criterion names and meanings.
    const version = Math.max(0, ...all.map((e) => e.surveyVersion)) || (await this.surveys.getVersion(EVALUATION_SURVEY_KEY, 'current')).version;
    const instrument = await this.instrument(version);
    const result = compareEvaluations(instrument.criteria, self ? scored(self) : null, peers.map(scored));
    const titleOf = new Map(instrument.criteria.map((c) => [c.name, c.title]));
    const summaries: TeamSummaryDto[] = [self, ...peers]
      .filter((e): e is Evaluation => e !== null)
      .map((e) => {
        const answers = JSON.parse(e.answers) as Record<string, unknown>;
        const text = (name: string) => (typeof answers[name] === 'string' ? (answers[name] as string) : null);
        return {
          kind: e.kind,
          evaluatorPlace: places.get(e.evaluatorPlaceId)!.slug,
          strengths: text(SUMMARY_QUESTIONS.strengths),
          developmentTargets: text(SUMMARY_QUESTIONS.developmentTargets),
        };
      });
    return {
      meetingPlace: { slug: place.slug, name: place.name },
      year,
      evaluations: all.map((e) => this.toDto(principal, e, places, { withAnswers: false })),
      criteria: result.criteria.map((row) => ({ ...row, title: titleOf.get(row.criterion)! })),
      areas: result.areas.map((row) => ({ ...row, title: instrument.areaTitles.get(row.area as EvaluationArea) ?? localised(row.area) })),
      largestGaps: result.largestGaps,
      summaries,
    };
  }

  /** Per place: whether its self-evaluation of the year was submitted, and how many peer evaluations of it were (the region's annual report). */
  async countsByPlace(placeIds: string[], year: number): Promise<Map<string, { self: boolean; peers: number }>> {
    const counts = new Map(placeIds.map((id) => [id, { self: false, peers: 0 }]));
    if (placeIds.length === 0) return counts;
    const submitted = await this.evaluations.find({ where: { meetingPlaceId: In(placeIds), year, status: 'submitted' }, select: ['meetingPlaceId', 'kind'] });
    for (const evaluation of submitted) {
      const count = counts.get(evaluation.meetingPlaceId)!;
      if (evaluation.kind === 'self') count.self = true;
      else count.peers += 1;
    }
    return counts;
  }

  /** The criteria of the instrument's current version (criterion names keep their meaning across versions). */
  async currentInstrument(): Promise<EvaluationInstrument> {
    return this.instrument((await this.surveys.getVersion(EVALUATION_SURVEY_KEY, 'current')).version);
  }

  /** The criteria and area titles of a version of the instrument. */
  instrument(version: number): Promise<EvaluationInstrument> {
    let found = this.instruments.get(version);
    if (!found) {
      found = this.surveys.getVersion(EVALUATION_SURVEY_KEY, version).then((v) => evaluationInstrumentOf(v.definition));
      found.catch(() => this.instruments.delete(version));
      this.instruments.set(version, found);
    }
    return found;
  }

  private async validated(evaluation: Evaluation, answers: Record<string, unknown>): Promise<Record<string, unknown>> {
    const validator = await this.surveys.validatorFor(EVALUATION_SURVEY_KEY, evaluation.surveyVersion);
    if (!validator) throw new ProblemException(500, 'survey-not-found', `peer-evaluation v${evaluation.surveyVersion} is missing.`);
    const result = validator.validate(answers);
    if (result.errors.length > 0) throw new ValidationProblem(result.errors, 'Some answers are not valid.');
    return result.answers;
  }

  private async find(id: string): Promise<{ evaluation: Evaluation; places: Map<string, MeetingPlaceDto> }> {
    const evaluation = /^[0-9a-f-]{36}$/i.test(id) ? await this.evaluations.findOne({ where: { id: id.toLowerCase() } }) : null;
    if (!evaluation) throw new ProblemException(404, 'evaluation-not-found', `There is no evaluation "${id}".`);
    return { evaluation, places: await this.placesOf([evaluation]) };
  }

  /** Readable by whoever sees the participation of the evaluated or the evaluating place. */
  private async readable(principal: Principal, id: string) {
    const found = await this.find(id);
    const { evaluation, places } = found;
    assertAllowed(
      canReadPlaceParticipation(principal, places.get(evaluation.meetingPlaceId)!) ||
        canReadPlaceParticipation(principal, places.get(evaluation.evaluatorPlaceId)!),
    );
    return found;
  }

  private async fillable(principal: Principal, id: string) {
    const found = await this.find(id);
    assertAllowed(canFillEvaluation(principal, found.places.get(found.evaluation.evaluatorPlaceId)!), 'Only the evaluating team fills in an evaluation.');
    if (found.evaluation.status === 'submitted') {
      throw new ProblemException(409, 'evaluation-submitted', 'The evaluation has been submitted and is locked.');
    }
    return found;
  }

  private async placesOf(evaluations: Evaluation[]): Promise<Map<string, MeetingPlaceDto>> {
    const ids = [...new Set(evaluations.flatMap((e) => [e.meetingPlaceId, e.evaluatorPlaceId]))];
    const places = await Promise.all(ids.map((placeId) => this.organisations.getMeetingPlace(placeId)));
    return new Map(places.map((p) => [p.id, p]));
  }

  private toDto(
    principal: Principal,
    evaluation: Evaluation,
    places: Map<string, MeetingPlaceDto>,
    options: { withAnswers?: boolean } = {},
  ): EvaluationDto {
    const place = places.get(evaluation.meetingPlaceId)!;
    const evaluator = places.get(evaluation.evaluatorPlaceId)!;
    const mayFill = canFillEvaluation(principal, evaluator);
    return {
      id: evaluation.id,
      meetingPlace: { slug: place.slug, name: place.name },
      evaluatorPlace: { slug: evaluator.slug, name: evaluator.name },
      year: evaluation.year,
      kind: evaluation.kind,
      surveyVersion: evaluation.surveyVersion,
      status: evaluation.status,
      submittedAt: evaluation.submittedAt ? evaluation.submittedAt.toISOString() : null,
      updatedAt: evaluation.updatedAt.toISOString(),
      canFill: mayFill && evaluation.status === 'draft',
      answers: mayFill && options.withAnswers !== false ? (JSON.parse(evaluation.answers) as Record<string, unknown>) : null,
    };
  }
}
