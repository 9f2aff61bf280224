import { localized } from '../../../lib/i18n';
import type { Region, SurveySummary } from '../reference-data';

// The <option>s of the selects the staff forms share: a survey by its title, a region by its code and name.

export function SurveyOptions({ surveys, lang }: { surveys: SurveySummary[]; lang: string }) {
  return surveys.map((survey) => (
    <option key={survey.key} value={survey.key}>
      {localized(survey.title, lang)}
    </option>
  ));
}

export function RegionOptions({ regions, lang }: { regions: Region[]; lang: string }) {
  return regions.map((region) => (
    <option key={region.code} value={region.code}>
      {region.code} {localized(region.name, lang)}
    </option>
  ));
}
