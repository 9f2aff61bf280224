import type { Request } from 'express';
import { localised } from '../common/localised-text.dto';
import type { OrganisationsService } from '../organisations/organisations.service';
import type { SurveysService } from '../surveys/surveys.service';
import { acceptedLanguages, prerenderSurveyPage, surveyPageOf } from './respondent-prerender';
import type { Prerenderer } from './web-app.middleware';

/**
 * The survey pages' first screen (respondent-prerender.ts) from the same place and survey
 * version the app asks /api for. Anything else (another page, an unknown place or survey) gets
 * null: the app shows it as before.
 */
export function surveyPagePrerenderer(organisations: OrganisationsService, surveys: SurveysService): Prerenderer {
  return async (request: Request) => {
    const target = surveyPageOf(request.path);
    if (!target) return null;
    const [place, survey] = await Promise.all([
      organisations.findMeetingPlace(target.placeSlug),
      surveys.getVersion(target.surveyKey, target.version).catch(() => null),
    ]);
    if (!place || !survey) return null;
    const requested = typeof request.query.lang === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$/.test(request.query.lang) ? request.query.lang : null;
    return prerenderSurveyPage(
      { placeName: { ...localised(place.nameFi, place.nameSv, place.nameEn) }, surveyKey: survey.key, definition: survey.definition },
      request.path,
      requested,
      acceptedLanguages(request.headers['accept-language']),
    );
  };
}
