import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// A place's kiosk tablets (GET /api/meeting-places/:slug/kiosks) and their query keys.

export type Kiosk = Schema<'KioskDto'>;
export type RegisteredKiosk = Schema<'RegisteredKioskDto'>;

export const kiosksKeys = { all: ['kiosks'] as const };

export const kiosksQueries = {
  ofPlace: (slug: string) =>
    queryOptions({
      queryKey: [...kiosksKeys.all, 'place', slug],
      queryFn: ({ signal }) => answer<Kiosk[]>(staffApi.GET('/api/meeting-places/{slugOrId}/kiosks', { params: { path: { slugOrId: slug } }, signal })),
    }),
};
