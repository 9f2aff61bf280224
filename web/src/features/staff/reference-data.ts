import type { MeetingPlace } from '../../lib/api';
import type { LocalizedName } from '../../lib/i18n';
import { staffFetch } from '../../lib/session';

// Reference data the staff pages share (GET /api/regions, /api/meeting-places, /api/service-areas).

export type Region = { code: string; name: LocalizedName };

export type ServiceArea = {
  id: string;
  municipalityCode: string;
  regionCode: string;
  name: LocalizedName;
  active: boolean;
};

export type StaffMeetingPlace = MeetingPlace & {
  address: string | null;
  organisations?: Array<{ name: string; type: string }>;
};

export function fetchRegions(signal?: AbortSignal): Promise<Region[]> {
  return staffFetch('/api/regions', { signal });
}

export function fetchMeetingPlaces(region?: string, signal?: AbortSignal): Promise<StaffMeetingPlace[]> {
  return staffFetch(`/api/meeting-places${region ? `?region=${encodeURIComponent(region)}` : ''}`, { signal });
}

export function fetchServiceAreas(region?: string, signal?: AbortSignal): Promise<ServiceArea[]> {
  return staffFetch(`/api/service-areas${region ? `?region=${encodeURIComponent(region)}` : ''}`, { signal });
}

/** Sorts by a localised name, the way a person reading `lang` expects. */
export function byName<T>(name: (item: T) => string, lang: string): (a: T, b: T) => number {
  const collator = new Intl.Collator(lang);
  return (a, b) => collator.compare(name(a), name(b));
}
