import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// The annual report as data (GET /api/meeting-places/:slug/annual-report/:year and
// /api/regions/:code/annual-report/:year), and the addresses of its PDFs.

export type AnnualReport = Schema<'AnnualReportDto'>;
export type RegionAnnualReport = Schema<'RegionAnnualReportDto'>;

export const annualReportsKeys = { all: ['annual-reports'] as const };

export const annualReportsQueries = {
  ofPlace: (slug: string, year: number) =>
    queryOptions({
      queryKey: [...annualReportsKeys.all, 'place', slug, year],
      queryFn: ({ signal }) =>
        answer<AnnualReport>(staffApi.GET('/api/meeting-places/{slugOrId}/annual-report/{year}', { params: { path: { slugOrId: slug, year: String(year) } }, signal })),
    }),
  ofRegion: (code: string, year: number) =>
    queryOptions({
      queryKey: [...annualReportsKeys.all, 'region', code, year],
      queryFn: ({ signal }) => answer<RegionAnnualReport>(staffApi.GET('/api/regions/{code}/annual-report/{year}', { params: { path: { code, year: String(year) } }, signal })),
    }),
};

export function placePdfHref(slug: string, year: number, lang: string): string {
  return `/api/meeting-places/${encodeURIComponent(slug)}/annual-report/${year}.pdf?lang=${encodeURIComponent(lang)}`;
}

export function regionPdfHref(code: string, year: number, lang: string): string {
  return `/api/regions/${encodeURIComponent(code)}/annual-report/${year}.pdf?lang=${encodeURIComponent(lang)}`;
}
