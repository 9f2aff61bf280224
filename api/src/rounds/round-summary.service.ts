import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { surveyQuestions, type SurveyQuestion } from '../../../reports/csv/survey-questions';
import { MIN_CELL_SIZE } from '../../../reports/disclosure';
import { comparableWording, INDICATOR_CATALOGUE, itemNamesOf, type IndicatorDefinition } from '../../../reports/indicator-catalogue';
import { reportedChange, roundTo } from '../../../reports/indicator-math';
import { canReadWrittenAnswers } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { toSqlInstant } from '../database/sql-time';
import type { ChangeDto } from '../indicators/dto/indicator-result.dto';
import { describeIndicator, NO_ANSWERS, shownCell } from '../indicators/indicators.service';
import type { MeetingPlaceDto } from '../organisations/dto/organisation.dto';
import type { StoredCell } from '../releases/release-content';
import { LoadedRelease, ReleasesService } from '../releases/releases.service';
import { SurveysService } from '../surveys/surveys.service';
import { CollectionRound } from './collection-round.entity';
import type { RoundDto, RoundIndicatorDto, RoundParticipationDto, RoundQuestionDto, RoundSummaryDto, RoundWrittenAnswersDto } from './dto/round.dto';
import { roundStatus, roundWindow } from './round-window';
import { RoundsService } from './rounds.service';

/** The question an instrument asks the adult for the child's age band (Huomaa minut). */
const AGE_BAND_QUESTION = 'age_band';
/** Written answers a round summary shows the place's coordinators, by the question that holds them. */
const WRITTEN_QUESTIONS = { observations: 'adult_observation', wishes: 'wish' } as const;

/** The answers a summary counts: those given in the round and, once released, received by its data cutoff. */
interface AnswerScope {
  round: CollectionRound;
  /** Exclusive; null while no release has frozen the round's answers. */
  receivedBefore: Date | null;
}

/**
 * GET /api/rounds/:id/summary, what a round's steering group reads (and prints): how many
 * answered (participation, exact) and by age band; once released, each question's answers
 * with counts and shares and the indicators beside the previous round's. A round of fewer
 * than five shows its count only. Written answers go to the place's coordinators alone.
 */
@Injectable()
export class RoundSummaryService {
  constructor(
    private readonly rounds: RoundsService,
    private readonly releases: ReleasesService,
    private readonly surveys: SurveysService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CollectionRound) private readonly roundRows: Repository<CollectionRound>,
  ) {}

  /** `writtenAnswers: false` for what goes on paper (the annual report): figures only, no read of written answers. */
  async summary(principal: Principal, id: string, options: { writtenAnswers?: boolean } = {}): Promise<RoundSummaryDto> {
    const { round, place } = await this.rounds.readable(principal, id);
    const [dto, release, definition] = await Promise.all([
      this.rounds.toDto(round, place),
      this.releases.latestOfRound(round),
      this.surveys.getVersion(round.surveyKey, 'current').then((version) => version.definition as Record<string, unknown>),
    ]);
    const questions = surveyQuestions(definition);
    const scope: AnswerScope = { round, receivedBefore: release?.dataCutoff ?? null };
    const counts = await this.countAnswers(scope, questions);
    const total = release ? (counts.get('*')?.get('*') ?? 0) : dto.respondents;
    const small = total < MIN_CELL_SIZE;
    return {
      round: dto,
      indicators: await this.indicators(round, release, counts),
      participation: this.participation(total, small, questions, counts),
      questions: release && !small ? this.questionCounts(questions, counts) : [],
      writtenAnswers: options.writtenAnswers !== false && questions.some((question) => Object.values<string>(WRITTEN_QUESTIONS).includes(question.name))
        ? await this.writtenAnswers(principal, place, scope, dto, small)
        : null,
    };
  }

  private participation(total: number, small: boolean, questions: SurveyQuestion[], counts: AnswerCounts): RoundParticipationDto {
    const ageBand = questions.find((question) => question.name === AGE_BAND_QUESTION);
    if (small || !ageBand) return { total, fewerThanMinimum: small, byAgeBand: null };
    const byBand = counts.get(AGE_BAND_QUESTION) ?? new Map<string, number>();
    const bands = ageBand.values.map((choice) => ({ band: String(choice.value), n: byBand.get(String(choice.value)) ?? 0 }));
    const given = bands.reduce((sum, band) => sum + band.n, 0);
    return { total, fewerThanMinimum: false, byAgeBand: [...bands, { band: 'not-given', n: total - given }] };
  }

  /**
   * Each closed question (not the adult's age band, never written answers) with every choice's
   * count and share. A question fewer than five children answered is withheld as a small
   * dashboard cell is (docs/disclosure.md, R1), even in a round of five or more.
   */
  private questionCounts(questions: SurveyQuestion[], counts: AnswerCounts): RoundQuestionDto[] {
    return questions
      .filter((question) => !question.freeText && question.name !== AGE_BAND_QUESTION)
      .map((question) => {
        const byValue = counts.get(question.name) ?? new Map<string, number>();
        const n = byValue.get('*') ?? 0;
        const choices = question.values.map((choice) => {
          const count = byValue.get(String(choice.value)) ?? 0;
          return { value: String(choice.value), count, share: n > 0 ? roundTo(count / n) : 0 };
        });
        const withheld = n < MIN_CELL_SIZE;
        return { name: question.name, n, choices: withheld ? [] : choices, withheld };
      });
  }

  private async indicators(round: CollectionRound, release: LoadedRelease | null, counts: AnswerCounts): Promise<RoundIndicatorDto[]> {
    const indicators = INDICATOR_CATALOGUE.filter((indicator) => indicator.instrument === round.surveyKey);
    if (!release) {
      // Participation only until the release: live values could be differenced answer by answer.
      return indicators.map((indicator) => {
        const n = itemNamesOf(indicator).reduce((sum, item) => sum + (counts.get(item)?.get('*') ?? 0), 0);
        const cell = n === 0 ? NO_ANSWERS : { ...NO_ANSWERS, n, status: 'not-released' as const };
        return { ...describeIndicator(indicator), ...cell, previous: null, change: null };
      });
    }
    const before = await this.previousRelease(round);
    const releasedAt = release.releasedAt.toISOString();
    return indicators.map((indicator) => {
      const now = storedAt(release, indicator, round.meetingPlaceId);
      const then = before && storedAt(before.release, indicator, round.meetingPlaceId);
      const shownThen = then && shownCell(then, before.release.releasedAt.toISOString());
      return {
        ...describeIndicator(indicator),
        ...shownCell(now, releasedAt, release.content.coverage ?? null),
        previous:
          before && shownThen && shownThen.status !== 'no-answers'
            ? { roundId: before.round.id, startsOn: before.round.startsOn, endsOn: before.round.endsOn, value: shownThen.value, n: shownThen.n, status: shownThen.status }
            : null,
        change: before ? changeOf(indicator, now, release, then ?? undefined, before.release) : null,
      };
    });
  }

  /** The place's latest earlier round of the instrument that was released. */
  private async previousRelease(round: CollectionRound): Promise<{ round: CollectionRound; release: LoadedRelease } | null> {
    const earlier = await this.roundRows
      .createQueryBuilder('round')
      .where('round.meeting_place_id = :place AND round.survey_key = :survey AND round.ends_on < :startsOn', {
        place: round.meetingPlaceId,
        survey: round.surveyKey,
        startsOn: round.startsOn,
      })
      .orderBy('round.ends_on', 'DESC')
      .getMany();
    for (const candidate of earlier) {
      if (roundStatus(candidate, this.clock.now()) !== 'closed') continue;
      const release = await this.releases.latestOfRound(candidate);
      if (release) return { round: candidate, release };
    }
    return null;
  }

  /**
   * The adults' observations and the children's wishes: only for the place's coordinators (and
   * admins), only once the round has closed, only in a round of five or more, in alphabetical
   * order (never arrival order), and the read is audited.
   */
  private async writtenAnswers(
    principal: Principal,
    place: MeetingPlaceDto,
    scope: AnswerScope,
    round: RoundDto,
    small: boolean,
  ): Promise<RoundWrittenAnswersDto | null> {
    if (small || round.status !== 'closed' || !canReadWrittenAnswers(principal, place)) return null;
    const rows = await this.query<{ question: string; text: string }>(
      scope,
      'SELECT a.question_name AS question, a.value_text AS text',
      'AND a.question_name IN (:...written) AND a.value_text IS NOT NULL',
      { written: Object.values(WRITTEN_QUESTIONS) },
    );
    const textsOf = (question: string) =>
      rows
        .filter((row) => row.question === question)
        .map((row) => row.text.trim())
        .filter((text) => text.length > 0)
        .sort((a, b) => a.localeCompare(b, 'fi'));
    const written = { observations: textsOf(WRITTEN_QUESTIONS.observations), wishes: textsOf(WRITTEN_QUESTIONS.wishes) };
    await this.audit.recordRead({
      actorId: principal.userId,
      action: 'round.written-answers.read',
      target: { type: 'round', id: round.id },
      details: { place: place.slug, observations: written.observations.length, wishes: written.wishes.length },
    });
    return written;
  }

  /**
   * Counts by question and value in the round: `get(question).get(value)` answers, `get(question).get('*')`
   * respondents who answered it, and `get('*').get('*')` respondents in all.
   */
  private async countAnswers(scope: AnswerScope, questions: SurveyQuestion[]): Promise<AnswerCounts> {
    // Choices stored as text (codes such as the age band or a multiple choice's); never free text.
    const coded = questions.filter((question) => question.valueType === 'code' || question.valueType === 'codes').map((question) => question.name);
    const [byValue, byQuestion, total] = await Promise.all([
      this.query<{ question: string; value: string | number; n: string | number }>(
        scope,
        'SELECT a.question_name AS question, COALESCE(CAST(a.value_number AS VARCHAR(32)), a.value_text) AS value, COUNT(*) AS n',
        'AND (a.value_number IS NOT NULL OR a.question_name IN (:...coded)) GROUP BY a.question_name, a.value_number, a.value_text',
        { coded: coded.length > 0 ? coded : [''] },
      ),
      this.query<{ question: string; n: string | number }>(scope, 'SELECT a.question_name AS question, COUNT(DISTINCT a.response_id) AS n', 'GROUP BY a.question_name'),
      this.query<{ n: string | number }>(scope, 'SELECT COUNT(DISTINCT r.id) AS n', '', {}, 'LEFT JOIN'),
    ]);
    const counts: AnswerCounts = new Map([['*', new Map([['*', Number(total[0]?.n ?? 0)]])]]);
    const at = (question: string) => counts.get(question) ?? counts.set(question, new Map()).get(question)!;
    for (const row of byQuestion) at(row.question).set('*', Number(row.n));
    for (const row of byValue) at(row.question).set(numberText(row.value), Number(row.n));
    return counts;
  }

  private async query<T>(scope: AnswerScope, select: string, rest: string, parameters: Record<string, unknown> = {}, join = 'JOIN'): Promise<T[]> {
    const { start, end } = roundWindow(scope.round);
    const cutoff = scope.receivedBefore ? 'AND r.received_at < :cutoff ' : '';
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
      `${select} FROM response r ${join} response_answer a ON a.response_id = r.id ` +
        `WHERE r.meeting_place_id = :place AND r.survey_key = :survey AND r.answered_at >= :start AND r.answered_at < :end ${cutoff}${rest}`,
      {
        ...parameters,
        place: scope.round.meetingPlaceId,
        survey: scope.round.surveyKey,
        start: toSqlInstant(this.dataSource, start),
        end: toSqlInstant(this.dataSource, end),
        ...(scope.receivedBefore ? { cutoff: toSqlInstant(this.dataSource, scope.receivedBefore) } : {}),
      },
      {},
    );
    return this.dataSource.query(sql, values);
  }
}

type AnswerCounts = Map<string, Map<string, number>>;

/** A number the database returned as text ("3.0", "3") or as a number, written as the survey writes it. */
function numberText(value: string | number): string {
  const asNumber = Number(value);
  return typeof value === 'number' || (value !== '' && Number.isFinite(asNumber) && /^-?[\d.]+$/.test(value)) ? String(asNumber) : String(value);
}

function storedAt(release: LoadedRelease, indicator: IndicatorDefinition, placeId: string): StoredCell | undefined {
  return release.content.indicators[indicator.key]?.[`meeting-place:${placeId}`];
}

function estimateOf(cell: StoredCell | undefined) {
  return cell?.s === 'published' && cell.v !== undefined && cell.ci ? { value: cell.v, ci95: cell.ci } : null;
}

/** The change from the previous round, as the dashboards give changes between periods. */
function changeOf(indicator: IndicatorDefinition, now: StoredCell | undefined, release: LoadedRelease, then: StoredCell | undefined, before: LoadedRelease): ChangeDto | null {
  const exact = reportedChange(
    { estimate: estimateOf(now), partial: false },
    { estimate: estimateOf(then), partial: false },
    comparableWording(indicator, release.content.versions, before.content.versions),
  );
  return exact && { value: roundTo(exact.value), ci95: [roundTo(exact.ci95[0]), roundTo(exact.ci95[1])], clear: exact.clear, comparable: exact.comparable };
}
