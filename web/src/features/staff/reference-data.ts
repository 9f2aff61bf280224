import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// Reference data the staff pages share (GET /api/regions, /api/meeting-places, /api/service-areas,
// /api/surveys),
// with the query keys every page reads them under: a change on one page (a new place) is
// refetched on all of them by invalidating referenceKeys.all.

export type Region = Schema<'RegionDto'>;
export type ServiceArea = Schema<'ServiceAreaDto'>;
export type StaffMeetingPlace = Schema<'MeetingPlaceDto'>;
export type SurveySummary = Schema<'SurveyDto'>;

export function fetchRegions(signal?: AbortSignal): Promise<Region[]> {
  return answer<Region[]>(staffApi.GET('/api/regions', { signal }));
}

export function fetchMeetingPlaces(region?: string, signal?: AbortSignal): Promise<StaffMeetingPlace[]> {
  return answer<StaffMeetingPlace[]>(staffApi.GET('/api/meeting-places', { params: { query: region ? { region } : {} }, signal }));
}

export function fetchMeetingPlace(slugOrId: string, signal?: AbortSignal): Promise<StaffMeetingPlace> {
  return answer<StaffMeetingPlace>(staffApi.GET('/api/meeting-places/{slugOrId}', { params: { path: { slugOrId } }, signal }));
}

export function fetchServiceAreas(region?: string, signal?: AbortSignal): Promise<ServiceArea[]> {
  return answer<ServiceArea[]>(staffApi.GET('/api/service-areas', { params: { query: region ? { region } : {} }, signal }));
}

export function fetchSurveyList(signal?: AbortSignal): Promise<SurveySummary[]> {
  return answer<SurveySummary[]>(staffApi.GET('/api/surveys', { signal }));
}

export const referenceKeys = { all: ['reference-data'] as const };

export const referenceQueries = {
  regions: () => queryOptions({ queryKey: [...referenceKeys.all, 'regions'], queryFn: ({ signal }) => fetchRegions(signal) }),
  meetingPlaces: () =>
    queryOptions({ queryKey: [...referenceKeys.all, 'meeting-places'], queryFn: ({ signal }) => fetchMeetingPlaces(undefined, signal) }),
  serviceAreas: () =>
    queryOptions({ queryKey: [...referenceKeys.all, 'service-areas'], queryFn: ({ signal }) => fetchServiceAreas(undefined, signal) }),
  surveys: () => queryOptions({ queryKey: [...referenceKeys.all, 'surveys'], queryFn: ({ signal }) => fetchSurveyList(signal) }),
};

/** Sorts by a localised name, the way a person reading `lang` expects. */
export function byName<T>(name: (item: T) => string, lang: string): (a: T, b: T) => number {
  const collator = new Intl.Collator(lang);
  return (a, b) => collator.compare(name(a), name(b));
}
