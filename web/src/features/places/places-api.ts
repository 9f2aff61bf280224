import { answer, staffApi, type Schema } from '../../lib/staff-api';
import type { ServiceArea, StaffMeetingPlace } from '../staff/reference-data';

// The writes of the places page (meeting places and service areas), their bodies typed by the
// API's OpenAPI document. The lists they change are the reference data (referenceKeys.all).

export type CreateMeetingPlace = Schema<'CreateMeetingPlaceDto'>;
export type UpdateMeetingPlace = Schema<'UpdateMeetingPlaceDto'>;
export type CreateServiceArea = Schema<'CreateServiceAreaDto'>;
export type UpdateServiceArea = Schema<'UpdateServiceAreaDto'>;

export function createMeetingPlace(body: CreateMeetingPlace): Promise<StaffMeetingPlace> {
  return answer<StaffMeetingPlace>(staffApi.POST('/api/meeting-places', { body }));
}

export function updateMeetingPlace(id: string, body: UpdateMeetingPlace): Promise<StaffMeetingPlace> {
  return answer<StaffMeetingPlace>(staffApi.PATCH('/api/meeting-places/{slugOrId}', { params: { path: { slugOrId: id } }, body }));
}

export function createServiceArea(body: CreateServiceArea): Promise<ServiceArea> {
  return answer<ServiceArea>(staffApi.POST('/api/service-areas', { body }));
}

export function updateServiceArea(id: string, body: UpdateServiceArea): Promise<ServiceArea> {
  return answer<ServiceArea>(staffApi.PATCH('/api/service-areas/{id}', { params: { path: { id } }, body }));
}
