import { useQueryClient } from '@tanstack/react-query';
import { refreshAfterWrite } from '../../lib/query-client';
import { useState } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { Link } from '../../components/link';
import { localized } from '../../lib/i18n';
import { refreshSession, useSession } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { RegionOptions } from '../staff/components/choice-options';
import { ActiveTag, EditButton } from '../staff/components/row-controls';
import {
  byName,
  referenceKeys,
  referenceQueries,
  type Region,
  type ServiceArea,
  type StaffMeetingPlace,
} from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { canManagePlace, canManageRegion } from '../staff/place-permissions';
import { AreaForm } from './area-form';
import { PlaceForm } from './place-form';
import { placesStrings } from './strings';

// /staff/places: meeting places and service areas. Admins and region analysts create, edit
// and deactivate (never delete); a coordinator edits its own place's name and address.

type Editing = { kind: 'place'; id: string } | { kind: 'area'; id: string } | null;

export default function PlacesPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={placesStrings(lang).title} section="places">
      <Places lang={lang} />
    </StaffLayout>
  );
}

type Data = { places: StaffMeetingPlace[]; areas: ServiceArea[]; regions: Region[] };

function Places({ lang }: { lang: string }) {
  const t = placesStrings(lang);
  const { me } = useSession();
  const queryClient = useQueryClient();
  const placesQuery = useStaffQuery(referenceQueries.meetingPlaces());
  const areasQuery = useStaffQuery(referenceQueries.serviceAreas());
  const regionsQuery = useStaffQuery(referenceQueries.regions());
  const loading = together(placesQuery, areasQuery, regionsQuery);
  const [region, setRegion] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [flash, setFlash] = useState<string | null>(null);

  if (!me) return null;
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!placesQuery.data || !areasQuery.data || !regionsQuery.data) return <Loading lang={lang} />;
  const data: Data = { places: placesQuery.data, areas: areasQuery.data, regions: regionsQuery.data };

  // Those who manage a region create places and service areas there; the others edit the places they manage.
  const manager = me.capabilities.manageMeetingPlaces;
  const inScope = (regionCode: string) => canManageRegion(me, regionCode);
  const regionChoices = data.regions.filter((r) => inScope(r.code));
  const places = data.places
    .filter((p) => canManagePlace(me, p) && (!region || p.regionCode === region))
    .sort(byName((p: StaffMeetingPlace) => localized(p.name, lang), lang));
  const areas = data.areas
    .filter((a) => inScope(a.regionCode) && (!region || a.regionCode === region))
    .sort(byName((a: ServiceArea) => localized(a.name, lang), lang));
  const municipalities = [...new Set([...data.places, ...data.areas].filter((x) => inScope(x.regionCode)).map((x) => x.municipalityCode))].sort();

  const editedPlace = editing?.kind === 'place' ? data.places.find((p) => p.id === editing.id) : undefined;
  const editedArea = editing?.kind === 'area' ? data.areas.find((a) => a.id === editing.id) : undefined;

  function done(message: string) {
    setFlash(message);
    setEditing(null);
    // Every page that lists places or areas (users, exports, rounds, dashboards) sees the change;
    // this one keeps showing the old list until the new one is in, so focus stays put.
    void refreshAfterWrite(queryClient, referenceKeys.all);
    // A new place brings new capabilities (the server lists them per place): read them again.
    refreshSession();
  }
  function startEdit(next: Editing) {
    setFlash(null);
    setEditing(next);
  }
  function cancel() {
    const id = editing ? `edit-${editing.kind}-${editing.id}` : null;
    setEditing(null);
    if (id) requestAnimationFrame(() => document.getElementById(id)?.focus());
  }

  return (
    <>
      <p>{manager ? t.intro : t.coordinatorIntro}</p>
      <datalist id="municipality-codes">
        {municipalities.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      {manager && regionChoices.length > 1 ? (
        <div className="field">
          <label className="field__label" htmlFor="places-region">
            {t.region}
          </label>
          <select id="places-region" value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">{t.allRegions}</option>
            <RegionOptions regions={regionChoices} lang={lang} />
          </select>
        </div>
      ) : null}
      <StatusMessage>{flash}</StatusMessage>

      {editedPlace ? (
        <PlaceForm
          key={editedPlace.id}
          lang={lang}
          me={me}
          place={editedPlace}
          areas={data.areas}
          onCancel={cancel}
          onDone={done}
        />
      ) : null}
      {editedArea ? (
        <AreaForm key={editedArea.id} lang={lang} area={editedArea} onCancel={cancel} onDone={done} />
      ) : null}

      <section aria-labelledby="places-heading">
        <h2 id="places-heading">{t.places}</h2>
        {places.length === 0 ? (
          <p>{t.noPlaces}</p>
        ) : (
          <ScrollTable
            id="places"
            caption={`${t.places} (${places.length})`}
            columns={[t.name, t.slug, t.municipality, t.serviceArea, t.status, t.actions].map((label) => ({ label }))}
          >
            {places.map((place) => {
              const name = localized(place.name, lang);
              return (
                <tr key={place.id}>
                  <th scope="row">
                    {name}
                    {place.address ? <div className="muted">{place.address}</div> : null}
                  </th>
                  <td>
                    <Link href={`/p/${encodeURIComponent(place.slug)}`}>{place.slug}</Link>
                  </td>
                  <td>{place.municipalityCode}</td>
                  <td>{place.serviceArea ? localized(place.serviceArea.name, lang) : '—'}</td>
                  <td>
                    <ActiveTag active={place.active} labels={t} />
                  </td>
                  <td>
                    <EditButton id={`edit-place-${place.id}`} name={t.editFor(name)} text={t.edit} onClick={() => startEdit({ kind: 'place', id: place.id })} />
                  </td>
                </tr>
              );
            })}
          </ScrollTable>
        )}
      </section>

      {manager ? (
        <>
          <section aria-labelledby="areas-heading">
            <h2 id="areas-heading">{t.serviceAreas}</h2>
            {areas.length === 0 ? (
              <p>{t.noAreas}</p>
            ) : (
              <ScrollTable
                id="areas"
                caption={`${t.serviceAreas} (${areas.length})`}
                columns={[t.name, t.areaId, t.municipality, t.status, t.actions].map((label) => ({ label }))}
              >
                {areas.map((area) => {
                  const name = localized(area.name, lang);
                  return (
                    <tr key={area.id}>
                      <th scope="row">{name}</th>
                      <td>{area.id}</td>
                      <td>{area.municipalityCode}</td>
                      <td>
                        <ActiveTag active={area.active} labels={t} />
                      </td>
                      <td>
                        <EditButton id={`edit-area-${area.id}`} name={t.editFor(name)} text={t.edit} onClick={() => startEdit({ kind: 'area', id: area.id })} />
                      </td>
                    </tr>
                  );
                })}
              </ScrollTable>
            )}
          </section>
          <PlaceForm key="new-place" lang={lang} me={me} areas={data.areas} onDone={done} />
          <AreaForm key="new-area" lang={lang} onDone={done} />
        </>
      ) : null}
    </>
  );
}
