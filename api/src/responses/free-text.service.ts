import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { surveyQuestions } from '../../../reports/csv/survey-questions';
import type { Principal } from '../auth/principal';
import { localised } from '../common/localised-text.dto';
import { OrganisationsService } from '../organisations/organisations.service';
import { SurveyInstrument } from '../surveys/survey-instrument.entity';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { FreeTextDto, FreeTextItemDto } from './dto/free-text.dto';
import { readablePlacePeriod } from './place-period';
import { ResponseAnswer } from './response-answer.entity';
import { SurveyResponse } from './survey-response.entity';

/** Enough to read in a steering-group meeting; more goes to the response export. */
const MAX_ITEMS = 500;
/** The same threshold as published figures: below it, a text is too easy to attribute. */
const MIN_RESPONDENTS = 5;

/**
 * Free-text answers of one meeting place, for the staff roles allowed to read them. Free text
 * can identify people, so: only in scope, only per fixed period, never in arrival order or
 * with timestamps, and withheld for a survey that fewer than five people answered.
 */
@Injectable()
export class FreeTextService {
  constructor(
    @InjectRepository(ResponseAnswer) private readonly answers: Repository<ResponseAnswer>,
    @InjectRepository(SurveyResponse) private readonly responses: Repository<SurveyResponse>,
    @InjectRepository(SurveyVersion) private readonly versions: Repository<SurveyVersion>,
    @InjectRepository(SurveyInstrument) private readonly instruments: Repository<SurveyInstrument>,
    private readonly organisations: OrganisationsService,
  ) {}

  async forPlace(principal: Principal, slugOrId: string, periodText: string): Promise<FreeTextDto> {
    const { place, period } = await readablePlacePeriod(
      this.organisations,
      principal,
      slugOrId,
      periodText,
      'Free text of this meeting place is not in your account’s scope.',
    );
    const inPeriod = (alias: string) =>
      `${alias}.meeting_place_id = :placeId AND ${alias}.period_year = :year` + (period.half ? ` AND ${alias}.period_half = :half` : '');
    const params = { placeId: place.id, year: period.year, half: period.half };

    const respondents: { surveyKey: string; n: string }[] = await this.responses
      .createQueryBuilder('r')
      .select('r.survey_key', 'surveyKey')
      .addSelect('COUNT(*)', 'n')
      .where(inPeriod('r'), params)
      .groupBy('r.survey_key')
      .getRawMany();
    const countOf = new Map(respondents.map((r) => [r.surveyKey, Number(r.n)]));

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
      if ((countOf.get(row.surveyKey) ?? 0) < MIN_RESPONDENTS) {
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
        locale: row.locale,
      });
    }
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
