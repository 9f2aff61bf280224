import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// A place's kiosk tablets (GET /api/meeting-places/:slug/kiosks) with their query keys, and their writes.

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

/** Registers a tablet: the answer carries its one-time setup code, shown once. */
export function registerKiosk(slug: string, body: Schema<'CreateKioskDto'>): Promise<RegisteredKiosk> {
  return answer<RegisteredKiosk>(staffApi.POST('/api/meeting-places/{slugOrId}/kiosks', { params: { path: { slugOrId: slug } }, body }));
}

export function updateKiosk(id: string, body: Schema<'UpdateKioskDto'>): Promise<Kiosk> {
  return answer<Kiosk>(staffApi.PATCH('/api/kiosks/{id}', { params: { path: { id } }, body }));
}

export function revokeKiosk(id: string): Promise<unknown> {
  return staffApi.POST('/api/kiosks/{id}/revoke', { params: { path: { id } } });
}
