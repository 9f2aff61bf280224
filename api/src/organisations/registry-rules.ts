/**
 * The rules for the reporting structure (municipalities, service areas, meeting places), as
 * pure functions: the endpoints of OrganisationsService and ServiceAreasService and the
 * registry import (a whole file checked against the structure it builds up row by row) ask the
 * same questions and get the same answers. Each returns the problem in words, or null.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function looksLikeId(slugOrId: string): boolean {
  return UUID.test(slugOrId);
}

/** A place's slug shares the URL with its id (`/api/meeting-places/:slugOrId`). */
export function slugProblem(slug: string): { code: string; message: string } | null {
  return looksLikeId(slug) ? { code: 'slug-looks-like-id', message: 'slug must not look like an id' } : null;
}

/**
 * A service area a place can belong to: it exists, lies in the place's municipality, and is
 * active (or already the place's, so an area closed later does not block other changes).
 */
export function serviceAreaProblem(
  id: string,
  area: { municipalityCode: string; active: boolean } | undefined,
  municipalityCode: string,
  currentAreaId: string | null,
): { code: string; message: string } | null {
  if (!area) return { code: 'unknown-service-area', message: `There is no service area "${id}".` };
  if (area.municipalityCode !== municipalityCode) {
    return { code: 'service-area-elsewhere', message: `Service area "${id}" is in municipality ${area.municipalityCode}, not ${municipalityCode}.` };
  }
  if (!area.active && id !== currentAreaId) return { code: 'service-area-inactive', message: `Service area "${id}" is no longer active.` };
  return null;
}

/** What a registry row or an update changes on a record: the fields whose values differ. */
export function changedFields(current: object, wanted: Record<string, unknown>): string[] {
  const c = current as Record<string, unknown>;
  return Object.keys(wanted).filter((field) => (c[field] ?? null) !== (wanted[field] ?? null));
}
