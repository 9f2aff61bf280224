import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, QueryFailedError, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { ProblemException, ValidationProblem } from '../common/problem';
import { queryPrepared } from '../database/prepared-statements';
import { fromSqlInstant } from '../database/sql-time';
import { TransactionRunner } from '../database/transaction-runner';
import { collectionRulesOf, MAX_ANSWER_AGE_DAYS, STAFF_CYCLE_INSTRUMENTS } from '../../../reports/instruments';
import { helsinkiDateOf, isClosedHalf } from '../../../reports/periods';
import { canManagePlace } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { RoundsService } from '../rounds/rounds.service';
import { isInRound, lateArrivalEnd, roundStatus } from '../rounds/round-window';
import { OrganisationsService } from '../organisations/organisations.service';
import { SurveysService } from '../surveys/surveys.service';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { raiseAnswerRevision } from './answer-revision.entity';
import { CreateResponseDto, ResponseReceiptDto } from './dto/create-response.dto';
import { ExportLayout, exportLayoutsOf } from './export-text';
import { buildResponseRecords, requestHashOf, ResponseContent, ResponseRecords } from './response-records';
import { halfYearOf } from '../../../reports/periods';
import { insertResponseRows } from './response-rows-sql';
import { SurveyResponse } from './survey-response.entity';
import type { KioskDevice } from '../kiosks/kiosk-device.entity';
import { KiosksService } from '../kiosks/kiosks.service';

/** How far ahead of the server a device's clock may be before its answeredAt is refused. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface SubmitResult {
  /** false when this was a replay of a response already stored. */
  created: boolean;
  receipt: ResponseReceiptDto;
}

@Injectable()
export class ResponsesService {
  /** responses.csv's layout per survey, for the export-ready texts of new responses. */
  private exportLayouts: Promise<Map<string, ExportLayout>> | null = null;

  constructor(
    private readonly transactions: TransactionRunner,
    @InjectRepository(SurveyResponse) private readonly responses: Repository<SurveyResponse>,
    @InjectRepository(SurveyVersion) private readonly versions: Repository<SurveyVersion>,
    private readonly surveys: SurveysService,
    private readonly organisations: OrganisationsService,
    private readonly rounds: RoundsService,
    private readonly kiosks: KiosksService,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores one anonymous response after validating it against the exact survey version.
   * Idempotent by clientResponseId: the same body again returns the stored receipt, a
   * different body with the same id is a conflict.
   */
  async submit(dto: CreateResponseDto, staff: Principal | null = null, kiosk: KioskDevice | null = null): Promise<SubmitResult> {
    refuseStaffCycle(dto.surveyKey);
    const place = await this.organisations.findMeetingPlaceRef(dto.meetingPlace);
    if (!place) {
      throw new ProblemException(404, 'meeting-place-not-found', `There is no meeting place "${dto.meetingPlace}".`);
    }
    if (kiosk && kiosk.meetingPlaceId !== place.id) {
      throw new ProblemException(403, 'kiosk-wrong-place', 'A kiosk sends answers for its own meeting place only.');
    }
    const content: ResponseContent = { ...this.contentOf(dto), meetingPlaceId: place.id };
    const replay = await this.findReplay(dto.clientResponseId, requestHashOf(content));
    if (replay) return replay;
    if (!place.active) {
      throw new ValidationProblem([{ field: 'meetingPlace', message: 'This meeting place no longer collects answers.', code: 'place-inactive' }]);
    }
    await this.requireFacilitator(dto.surveyKey, place.id, staff, kiosk);
    if (kiosk) this.kiosks.takeAnswer(kiosk);
    const now = this.clock.now();
    const answeredAt = this.answeredAtOf(dto.answeredAt, now);
    // A child drumming on the faces: taps closer than the kiosk's interval count once, and the
    // tablet is told its answer was taken (the thank-you screen shows anyway). Not for a
    // facilitated answer (Huomaa minut): an adult saves each child's answer on purpose.
    const drummable = kiosk && !collectionRulesOf(dto.surveyKey).facilitated;
    const repeated = drummable ? this.kiosks.repeatedAnswer(kiosk, answeredAt) : null;
    if (repeated) return { created: false, receipt: { id: repeated, receivedAt: now.toISOString() } };
    await this.requireOpenRound(dto.surveyKey, place, answeredAt, now, staff, !!kiosk);
    const records = await this.validate(content, { id: randomUUID(), clientResponseId: dto.clientResponseId }, now, answeredAt);
    records.response.kioskId = kiosk?.id ?? null;
    try {
      // Grouped: concurrent submissions share one commit (one fsync) and one INSERT per table.
      await this.transactions.runGrouped(records, this.storeGroup);
    } catch (error) {
      // Two deliveries of one response racing each other: the loser answers like a replay.
      if (error instanceof QueryFailedError) {
        const raced = await this.findReplay(dto.clientResponseId, records.response.requestHash);
        if (raced) return raced;
      }
      throw error;
    }
    const { response } = records;
    if (drummable) await this.kiosks.answered(kiosk, response.id, answeredAt);
    return { created: true, receipt: { id: response.id, receivedAt: response.receivedAt.toISOString() } };
  }

  /**
   * Validates content against its survey version (survey, language, answers) and builds the
   * records to store; throws problem+json errors. Paper imports use it row by row.
   */
  async validate(
    content: ResponseContent,
    ids: { id: string; clientResponseId: string },
    receivedAt: Date,
    answeredAt: Date = receivedAt,
  ): Promise<ResponseRecords> {
    refuseStaffCycle(content.surveyKey);
    const validator = await this.surveys.validatorFor(content.surveyKey, content.surveyVersion);
    if (!validator) {
      throw new ProblemException(404, 'survey-not-found', `Survey "${content.surveyKey}" has no published version ${content.surveyVersion}.`);
    }
    if (!validator.locales.has(content.locale)) {
      throw new ValidationProblem([{ field: 'locale', message: `This survey is available in ${[...validator.locales].join(', ')}.`, code: 'locale-unavailable' }]);
    }
    const validated = validator.validate(content.answers);
    if (validated.errors.length > 0) throw new ValidationProblem(validated.errors, 'Some answers are not valid.');
    // A response that answers nothing (only skips) says nothing about the place but would
    // still count as a respondent in every indicator's n.
    if (Object.keys(validated.answers).length === 0) {
      throw new ValidationProblem([{ field: 'answers', message: 'Answer at least one question.', code: 'no-answers' }], 'The response has no answers.');
    }
    return buildResponseRecords(content, ids, receivedAt, validated, await this.exportLayoutFor(content.surveyKey), answeredAt);
  }

  /**
   * The layout of a survey's responses.csv for the export-ready texts (export-text.ts). Read
   * once per process: versions are published at boot. A layout that is out of date (a version
   * published since, by another instance) only gives texts whose key the export does not use.
   */
  private async exportLayoutFor(surveyKey: string): Promise<ExportLayout | null> {
    if (!this.exportLayouts) {
      this.exportLayouts = this.versions.find({ select: ['surveyKey', 'version', 'definition'] }).then(exportLayoutsOf);
      this.exportLayouts.catch(() => (this.exportLayouts = null));
    }
    return (await this.exportLayouts).get(surveyKey) ?? null;
  }

  /**
   * The moment the answer counts at: the device's answeredAt when it is believable (a few
   * minutes of clock skew are forgiven), else now.
   */
  private answeredAtOf(text: string | undefined, now: Date): Date {
    if (text === undefined) return now;
    const answeredAt = new Date(text);
    if (answeredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw new ValidationProblem([{ field: 'answeredAt', message: 'answeredAt is in the future: check the device’s clock.', code: 'answered-at-in-future' }]);
    }
    if (answeredAt.getTime() < now.getTime() - MAX_ANSWER_AGE_DAYS * 86_400_000) {
      throw new ValidationProblem([
        { field: 'answeredAt', message: `answeredAt is more than ${MAX_ANSWER_AGE_DAYS} days ago: such an answer is no longer taken.`, code: 'answered-at-too-old' },
      ]);
    }
    return answeredAt.getTime() > now.getTime() ? now : answeredAt;
  }

  /**
   * An instrument that collects only in rounds (Huomaa minut) takes an answer given while one
   * of the place's rounds was open. An answer that arrives after the round closed is still
   * taken for a day from the place's own staff (a tablet that was offline at the end); one
   * given after the close never is.
   */
  async requireOpenRound(
    surveyKey: string,
    place: { id: string; regionCode?: string },
    answeredAt: Date,
    now: Date,
    staff: Principal | null,
    fromPlaceKiosk = false,
  ): Promise<void> {
    if (!collectionRulesOf(surveyKey).needsOpenRound) return;
    const round = await this.rounds.roundOn(place.id, surveyKey, helsinkiDateOf(answeredAt));
    const given = round && isInRound(round, answeredAt);
    const mayArriveLate = async () => fromPlaceKiosk || (await this.isPlaceStaff(staff, place.id));
    const arrivedInTime = round && (roundStatus(round, now) === 'open' || (now.getTime() < lateArrivalEnd(round).getTime() && (await mayArriveLate())));
    if (!given || !arrivedInTime) {
      throw new ProblemException(409, 'round-not-open', 'This survey takes answers only while a round of the meeting place is open.');
    }
  }

  /**
   * A facilitated instrument (Huomaa minut) is answered through the place's kiosk tablet (its
   * place was checked above) or by the place's signed-in staff: never anonymously (401), never
   * by staff of another place or by an export token (403).
   */
  private async requireFacilitator(surveyKey: string, placeId: string, staff: Principal | null, kiosk: KioskDevice | null): Promise<void> {
    if (!collectionRulesOf(surveyKey).facilitated || kiosk) return;
    if (!staff) {
      throw new ProblemException(401, 'facilitator-required', 'This survey is answered with an adult of the meeting place: on its kiosk tablet or signed in.');
    }
    if (staff.authenticatedBy !== 'session' || !(await this.isPlaceStaff(staff, placeId))) {
      throw new ProblemException(403, 'not-place-staff', 'Only the staff of this meeting place, or its kiosk tablet, send answers to this survey.');
    }
  }

  private async isPlaceStaff(staff: Principal | null, placeId: string): Promise<boolean> {
    if (!staff) return false;
    const place = await this.organisations.getMeetingPlace(placeId);
    return canManagePlace(staff, place);
  }

  /**
   * Stores responses (a group of submissions, a paper import) inside the caller's transaction,
   * with two INSERTs a chunk rather than two a response. An answer into a half-year that has
   * closed (a paper form, a late answer) raises that half-year's revision, once, so that every
   * instance reads its counts again.
   */
  async storeMany(manager: EntityManager, records: ResponseRecords[]): Promise<void> {
    await insertResponseRows(manager, records);
    const today = halfYearOf(this.clock.now());
    const closed = new Map<string, SurveyResponse>();
    for (const { response } of records) {
      if (isClosedHalf(response.periodYear, response.periodHalf as 1 | 2, today)) closed.set(`${response.surveyKey} ${response.periodYear} ${response.periodHalf}`, response);
    }
    for (const { surveyKey, periodYear, periodHalf } of closed.values()) await raiseAnswerRevision(manager, surveyKey, periodYear, periodHalf);
  }

  /** The group commit's writer: one function, so that concurrent submissions share its groups. */
  private readonly storeGroup = (manager: EntityManager, records: ResponseRecords[]) => this.storeMany(manager, records);

  /**
   * The stored response with this clientResponseId, if any: its hash tells a replay from a
   * conflict. Read before every submission, so by a kept statement.
   */
  async findByClientResponseId(clientResponseId: string): Promise<Pick<SurveyResponse, 'id' | 'requestHash' | 'receivedAt'> | null> {
    const [row] = await queryPrepared<{ id: string; request_hash: string; received_at: string | Date }>(
      this.responses.manager,
      'SELECT id, request_hash, received_at FROM response WHERE client_response_id = ?',
      [clientResponseId.toLowerCase()],
    );
    return row ? { id: row.id, requestHash: row.request_hash, receivedAt: fromSqlInstant(row.received_at) } : null;
  }

  /** The stored responses with these clientResponseIds (lower-cased keys), in one query a chunk. */
  async findByClientResponseIds(clientResponseIds: string[]): Promise<Map<string, Pick<SurveyResponse, 'id' | 'requestHash' | 'receivedAt'>>> {
    const found = new Map<string, Pick<SurveyResponse, 'id' | 'requestHash' | 'receivedAt'>>();
    const ids = [...new Set(clientResponseIds.map((id) => id.toLowerCase()))];
    for (const chunk of chunks(ids, ID_CHUNK)) {
      const rows = await this.responses.find({ where: { clientResponseId: In(chunk) }, select: ['id', 'clientResponseId', 'requestHash', 'receivedAt'] });
      for (const { clientResponseId, ...row } of rows) found.set(clientResponseId, row);
    }
    return found;
  }

  private contentOf(dto: CreateResponseDto): Omit<ResponseContent, 'meetingPlaceId'> {
    return { surveyKey: dto.surveyKey, surveyVersion: dto.surveyVersion, locale: dto.locale, answers: dto.answers };
  }

  private async findReplay(clientResponseId: string, requestHash: string): Promise<SubmitResult | null> {
    const existing = await this.findByClientResponseId(clientResponseId);
    if (!existing) return null;
    if (existing.requestHash !== requestHash) {
      throw new ProblemException(
        409,
        'client-response-id-conflict',
        'A different response was already stored with this clientResponseId. Make a new id for a new response.',
      );
    }
    return { created: false, receipt: { id: existing.id, receivedAt: existing.receivedAt.toISOString() } };
  }
}

/** Ids a query: well inside SQLite's and PostgreSQL's limits on bound parameters. */
const ID_CHUNK = 500;

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** The self- and peer evaluation is staff work of the evaluation cycle, never an anonymous answer. */
function refuseStaffCycle(surveyKey: string): void {
  if (STAFF_CYCLE_INSTRUMENTS.includes(surveyKey)) {
    throw new ProblemException(
      403,
      'staff-cycle-instrument',
      `${surveyKey} is answered by a meeting place's team in the evaluation cycle (/api/evaluations), not as an anonymous response.`,
    );
  }
}
