import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { canReadPlaceParticipation } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { OrganisationsService } from '../organisations/organisations.service';
import type { LanguageCountDto, RespondentLanguagesDto } from './dto/respondent-languages.dto';
import { readablePlacePeriod } from './place-period';
import { SurveyResponse } from './survey-response.entity';

/**
 * The languages a place's respondents answered in: counts of responses, so a steering group sees
 * who is answering and who is missing. Participation only, like every `n`: no answer values per
 * language (those would make small language groups recognisable). For the place's own staff and
 * steering group, its region's analysts and admins (canReadPlaceParticipation).
 */
@Injectable()
export class RespondentLanguagesService {
  constructor(
    @InjectRepository(SurveyResponse) private readonly responses: Repository<SurveyResponse>,
    private readonly organisations: OrganisationsService,
  ) {}

  async forPlace(principal: Principal, slugOrId: string, periodText: string): Promise<RespondentLanguagesDto> {
    const { place, period } = await readablePlacePeriod(
      this.organisations,
      principal,
      slugOrId,
      periodText,
      canReadPlaceParticipation,
      'The respondents of this meeting place are not in your account’s scope.',
    );
    const query = this.responses
      .createQueryBuilder('r')
      .select('r.survey_key', 'surveyKey')
      .addSelect('r.locale', 'locale')
      .addSelect('COUNT(*)', 'n')
      .where('r.meeting_place_id = :placeId AND r.period_year = :year', { placeId: place.id, year: period.year })
      .groupBy('r.survey_key')
      .addGroupBy('r.locale');
    if (period.half) query.andWhere('r.period_half = :half', { half: period.half });
    const rows: { surveyKey: string; locale: string; n: string | number }[] = await query.getRawMany();

    const bySurvey = new Map<string, Map<string, number>>();
    const overall = new Map<string, number>();
    for (const row of rows) {
      const n = Number(row.n);
      const counts = bySurvey.get(row.surveyKey) ?? new Map<string, number>();
      counts.set(row.locale, n);
      bySurvey.set(row.surveyKey, counts);
      overall.set(row.locale, (overall.get(row.locale) ?? 0) + n);
    }
    return {
      meetingPlace: place.slug,
      period: periodText,
      responses: sum(overall),
      languages: ranked(overall),
      surveys: [...bySurvey.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([surveyKey, counts]) => ({ surveyKey, responses: sum(counts), languages: ranked(counts) })),
    };
  }
}

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** Most used first; ties in code order, so the same data always reads the same. */
const ranked = (counts: Map<string, number>): LanguageCountDto[] =>
  [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([locale, responses]) => ({ locale, responses }));
