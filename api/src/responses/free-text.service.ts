import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { surveyQuestions } from '../../../reports/csv/survey-questions';
import { canReadWrittenAnswers } from '../access/access-policy';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../access/principal';
import { localised } from '../common/localised-text.dto';
import { OrganisationsService } from '../organisations/organisations.service';
import { SurveyInstrument } from '../surveys/survey-instrument.entity';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { FreeTextDto, FreeTextItemDto } from './dto/free-text.dto';
import { readablePlacePeriod } from './place-period';
import { ResponseAnswer } from './response-answer.entity';
import { SurveyResponse } from './survey-response.entity';

/** Enough to read in one sitting; written answers go nowhere else (no export carries them). */
const MAX_ITEMS = 500;
/** The same threshold as published figures: below it, a text is too easy to attribute. */
const MIN_RESPONDENTS = 5;

/**
 * Counts of a group (a survey's respondents, or those who answered in one language) by
 * half-year. A year is the sum of its halves, so a group is safe to show for a year only when
 * every half that has any of it has at least five: otherwise the year minus the published
 * half is the small half.
 */
export function safeAcrossHalves(countByHalf: ReadonlyMap<number, number>, half: number | null): boolean {
  const halves = half === null ? [1, 2] : [half];
  const counts = halves.map((h) => countByHalf.get(h) ?? 0);
  return counts.some((n) => n > 0) && counts.every((n) => n === 0 || n >= MIN_RESPONDENTS);
}

/**
 * Written answers of one meeting place, for its coordinators and admins only (what families
 * are told). They can identify people, so: only in scope, only per fixed period, never in
 * arrival order or with timestamps, withheld for a survey that fewer than five people answered
 * in a half-year, tagged with a language only where that language's group is five or more,
 * and every read audited.
 */
@Injectable()
export class FreeTextService {
  constructor(
    @InjectRepository(ResponseAnswer) private readonly answers: Repository<ResponseAnswer>,
    @InjectRepository(SurveyResponse) private readonly responses: Repository<SurveyResponse>,
    @InjectRepository(SurveyVersion) private readonly versions: Repository<SurveyVersion>,
    @InjectRepository(SurveyInstrument) private readonly instruments: Repository<SurveyInstrument>,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
  ) {}

  async forPlace(principal: Principal, slugOrId: string, periodText: string): Promise<FreeTextDto> {
    const { place, period } = await readablePlacePeriod(
      this.organisations,
      principal,
      slugOrId,
      periodText,
      canReadWrittenAnswers,
      'Written answers of this meeting place are read only by its coordinators.',
    );
    const inPeriod = (alias: string) =>
      `${alias}.meeting_place_id = :placeId AND ${alias}.period_year = :year` + (period.half ? ` AND ${alias}.period_half = :half` : '');
    const params = { placeId: place.id, year: period.year, half: period.half };

    // Both halves of the year, whatever the period asked: what a year shows depends on its halves.
    const respondents: { surveyKey: string; locale: string; half: string | number; n: string | number }[] = await this.responses
      .createQueryBuilder('r')
      .select('r.survey_key', 'surveyKey')
      .addSelect('r.locale', 'locale')
      .addSelect('r.period_half', 'half')
      .addSelect('COUNT(*)', 'n')
      .where('r.meeting_place_id = :placeId AND r.period_year = :year', params)
      .groupBy('r.survey_key')
      .addGroupBy('r.locale')
      .addGroupBy('r.period_half')
      .getRawMany();
    const surveyByHalf = new Map<string, Map<number, number>>();
    const localeByHalf = new Map<string, Map<number, number>>();
    const add = (counts: Map<string, Map<number, number>>, key: string, half: number, n: number) => {
      const own = counts.get(key) ?? new Map<number, number>();
      own.set(half, (own.get(half) ?? 0) + n);
      counts.set(key, own);
    };
    for (const r of respondents) {
      add(surveyByHalf, r.surveyKey, Number(r.half), Number(r.n));
      add(localeByHalf, `${r.surveyKey}|${r.locale}`, Number(r.half), Number(r.n));
    }
    const surveyShown = (surveyKey: string) => safeAcrossHalves(surveyByHalf.get(surveyKey) ?? new Map(), period.half);
    const localeShown = (surveyKey: string, locale: string) => safeAcrossHalves(localeByHalf.get(`${surveyKey}|${locale}`) ?? new Map(), period.half);

    const { questionsOf, titleOf } = await this.catalogue();
    const rows: { surveyKey: string; question: string; text: string; locale: string }[] = await this.answers
      .createQueryBuilder('a')
      .innerJoin(SurveyResponse, 'r', 'r.id = a.response_id')
      .select(['a.survey_key AS "surveyKey"', 'a.question_name AS question', 'a.value_text AS text', 'r.locale AS locale'])
      .where(inPeriod('a'), params)
      .andWhere('a.value_text IS NOT NULL')
      // Sorted by content, not by id or time, so the order says nothing about who came when.
      .orderBy('a.survey_key', 'ASC')
      .addOrderBy('a.question_name', 'ASC')
      .addOrderBy('a.value_text', 'ASC')
      .getRawMany();

    const withheldKeys = new Set<string>();
    const items: FreeTextItemDto[] = [];
    for (const row of rows) {
      const question = questionsOf.get(row.surveyKey)?.get(row.question);
      if (!question?.freeText) continue; // choice codes are stored as text too
      if (!surveyShown(row.surveyKey)) {
        withheldKeys.add(row.surveyKey);
        continue;
      }
      items.push({
        id: String(items.length + 1),
        surveyKey: row.surveyKey,
        surveyTitle: titleOf.get(row.surveyKey)!,
        question: row.question,
        questionTitle: question.title,
        text: row.text,
        locale: localeShown(row.surveyKey, row.locale) ? row.locale : null,
      });
    }
    await this.audit.recordRead({
      actorId: principal.userId,
      action: 'free-text.read',
      target: { type: 'meeting-place', id: place.id },
      details: { period: periodText, items: Math.min(items.length, MAX_ITEMS) },
    });
    return {
      period: periodText,
      items: items.slice(0, MAX_ITEMS),
      truncated: items.length > MAX_ITEMS,
      withheld: [...withheldKeys].sort().map((surveyKey) => ({ surveyKey, surveyTitle: titleOf.get(surveyKey)! })),
    };
  }

  /** Questions of every published version by survey, and the surveys' titles. Versions never change. */
  private catalogueCache?: Promise<{
    questionsOf: Map<string, Map<string, ReturnType<typeof surveyQuestions>[number]>>;
    titleOf: Map<string, ReturnType<typeof localised>>;
  }>;

  private catalogue() {
    this.catalogueCache ??= (async () => {
      const [versions, instruments] = await Promise.all([this.versions.find({ order: { version: 'ASC' } }), this.instruments.find()]);
      const questionsOf = new Map<string, Map<string, ReturnType<typeof surveyQuestions>[number]>>();
      for (const v of versions) {
        const own = questionsOf.get(v.surveyKey) ?? new Map();
        for (const q of surveyQuestions(JSON.parse(v.definition))) own.set(q.name, q);
        questionsOf.set(v.surveyKey, own);
      }
      const titleOf = new Map(instruments.map((i) => [i.key, localised(i.titleFi, i.titleSv, i.titleEn)]));
      return { questionsOf, titleOf };
    })();
    this.catalogueCache.catch(() => (this.catalogueCache = undefined));
    return this.catalogueCache;
  }
}
