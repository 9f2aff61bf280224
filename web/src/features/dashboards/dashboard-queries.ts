import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { PeriodType } from '../../../../reports/periods';
import { fetchMeetingPlace, type StaffMeetingPlace } from '../staff/reference-data';
import {
  fetchAreaIndicators,
  fetchComparison,
  fetchFreeText,
  fetchRespondentLanguages,
  fetchSeries,
  type AreaAddress,
  type AreaIndicators,
  type ChildLevel,
} from './indicators-api';

// The dashboards' queries and their keys, in one place. Figures for another period keep the
// old ones on screen while they load (keepPreviousData, with an "updating" note): the picker
// just used keeps its place and its keyboard focus instead of the page going blank.

const areaKey = (area: AreaAddress) => [area.level, area.level === 'national' ? null : (area.code ?? null)] as const;

export interface PlaceFigures {
  place: StaffMeetingPlace;
  /** The place first, then its service area (if any), municipality, region and the country. */
  areas: AreaIndicators[];
}

async function fetchPlaceFigures(slug: string, period: string, signal: AbortSignal): Promise<PlaceFigures> {
  const place = await fetchMeetingPlace(slug, signal);
  const addresses: AreaAddress[] = [{ level: 'meeting-place', code: place.slug }];
  if (place.serviceArea) addresses.push({ level: 'service-area', code: place.serviceArea.id });
  addresses.push({ level: 'municipality', code: place.municipalityCode }, { level: 'region', code: place.regionCode }, { level: 'national' });
  const areas = await Promise.all(addresses.map((address) => fetchAreaIndicators(address, period, signal)));
  return { place, areas };
}

export const dashboardQueries = {
  /** A place with the figures of it and every area above it. */
  place: (slug: string, period: string) =>
    queryOptions({
      queryKey: ['dashboards', 'place', slug, period],
      queryFn: ({ signal }) => fetchPlaceFigures(slug, period, signal),
      placeholderData: keepPreviousData,
    }),
  /** An area's figures next to those of its parts (regions, municipalities, places). */
  comparison: (area: AreaAddress, period: string, childLevel: ChildLevel) =>
    queryOptions({
      queryKey: ['dashboards', 'comparison', ...areaKey(area), period, childLevel],
      queryFn: ({ signal }) => fetchComparison(area, period, childLevel, signal),
      placeholderData: keepPreviousData,
    }),
  /** One indicator over time for several areas, one series each. */
  trend: (areas: AreaAddress[], indicator: string, granularity: PeriodType) =>
    queryOptions({
      queryKey: ['dashboards', 'trend', areas.map(areaKey), indicator, granularity],
      queryFn: ({ signal }) => Promise.all(areas.map((area) => fetchSeries(area, indicator, granularity, signal))),
    }),
  freeText: (slug: string, period: string) =>
    queryOptions({
      queryKey: ['dashboards', 'free-text', slug, period],
      queryFn: ({ signal }) => fetchFreeText(slug, period, signal),
    }),
  respondentLanguages: (slug: string, period: string) =>
    queryOptions({
      queryKey: ['dashboards', 'respondent-languages', slug, period],
      queryFn: ({ signal }) => fetchRespondentLanguages(slug, period, signal),
    }),
};
