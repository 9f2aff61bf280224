import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { Link } from '../../components/link';
import { localized, type LocalizedName } from '../../lib/i18n';
import { staffFetch, useSession, type Me } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { Field, fieldErrors, FormError, Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import {
  byName,
  referenceKeys,
  referenceQueries,
  type Region,
  type ServiceArea,
  type StaffMeetingPlace,
} from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { shellStrings, useStaffLanguage } from '../staff/strings';
import { placesStrings, type PlacesStrings } from './strings';

// /staff/places: meeting places and service areas. Admins and region analysts create, edit
// and deactivate (never delete); a coordinator edits its own place's name and address.

type Editing = { kind: 'place'; id: string } | { kind: 'area'; id: string } | null;

export default function PlacesPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={placesStrings(lang).title} allow={['admin', 'region-analyst', 'coordinator']}>
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

  const manager = me.role === 'admin' || me.role === 'region-analyst';
  const inScope = (regionCode: string) => me.role === 'admin' || me.scope.regions.includes(regionCode);
  const regionChoices = data.regions.filter((r) => inScope(r.code));
  const places = data.places
    .filter((p) =>
      me.role === 'coordinator'
        ? me.scope.meetingPlaces.includes(p.slug) || me.scope.meetingPlaces.includes(p.id)
        : inScope(p.regionCode) && (!region || p.regionCode === region),
    )
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
    void queryClient.invalidateQueries({ queryKey: referenceKeys.all });
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
            {regionChoices.map((r) => (
              <option key={r.code} value={r.code}>
                {r.code} {localized(r.name, lang)}
              </option>
            ))}
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
                    <span className={place.active ? 'tag tag--ok' : 'tag tag--inactive'}>
                      {place.active ? t.active : t.inactive}
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      id={`edit-place-${place.id}`}
                      className="button button--small"
                      aria-label={t.editFor(name)}
                      onClick={() => startEdit({ kind: 'place', id: place.id })}
                    >
                      {t.edit}
                    </button>
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
                        <span className={area.active ? 'tag tag--ok' : 'tag tag--inactive'}>
                          {area.active ? t.active : t.inactive}
                        </span>
                      </td>
                      <td>
                        <button
                          type="button"
                          id={`edit-area-${area.id}`}
                          className="button button--small"
                          aria-label={t.editFor(name)}
                          onClick={() => startEdit({ kind: 'area', id: area.id })}
                        >
                          {t.edit}
                        </button>
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

/** name {fi, sv?, en?} from the three inputs: empty optional names are left out. */
function nameInput(fi: string, sv: string, en: string): LocalizedName {
  return { fi: fi.trim(), ...(sv.trim() ? { sv: sv.trim() } : {}), ...(en.trim() ? { en: en.trim() } : {}) };
}

function NameFields({
  idPrefix,
  t,
  values,
  errors,
  missingFi,
  onChange,
}: {
  idPrefix: string;
  t: PlacesStrings;
  values: { fi: string; sv: string; en: string };
  errors: Record<string, string>;
  missingFi: string | null;
  onChange: (values: { fi: string; sv: string; en: string }) => void;
}) {
  const labels = { fi: t.nameFi, sv: t.nameSv, en: t.nameEn };
  return (
    <div className="form-grid">
      {(['fi', 'sv', 'en'] as const).map((lang) => (
        <Field
          key={lang}
          id={`${idPrefix}-name-${lang}`}
          label={labels[lang]}
          error={(lang === 'fi' ? missingFi : null) ?? errors[`name.${lang}`] ?? (lang === 'fi' ? errors.name : undefined)}
        >
          {(control) => (
            <input
              {...control}
              lang={lang}
              value={values[lang]}
              maxLength={200}
              onChange={(e) => onChange({ ...values, [lang]: e.target.value })}
              required={lang === 'fi'}
            />
          )}
        </Field>
      ))}
    </div>
  );
}

function useFocusOnMount<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}

/** Creates a place (no `place`) or edits one. */
function PlaceForm({
  lang,
  me,
  place,
  areas,
  onCancel,
  onDone,
}: {
  lang: string;
  me: Me;
  place?: StaffMeetingPlace;
  areas: ServiceArea[];
  onCancel?: () => void;
  onDone: (message: string) => void;
}) {
  const t = placesStrings(lang);
  const shell = shellStrings(lang);
  const manager = me.role === 'admin' || me.role === 'region-analyst';
  const editing = Boolean(place);
  const prefix = editing ? 'edit-place' : 'new-place';
  const [slug, setSlug] = useState('');
  const [names, setNames] = useState({ fi: place?.name.fi ?? '', sv: place?.name.sv ?? '', en: place?.name.en ?? '' });
  const [municipality, setMunicipality] = useState(place?.municipalityCode ?? '');
  const [serviceArea, setServiceArea] = useState(place?.serviceArea?.id ?? '');
  const [address, setAddress] = useState(place?.address ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const headingRef = useFocusOnMount<HTMLHeadingElement>(editing);

  const areaChoices = areas
    .filter((a) => a.municipalityCode === municipality && (a.active || a.id === place?.serviceArea?.id))
    .sort(byName((a: ServiceArea) => localized(a.name, lang), lang));

  async function request(body: Record<string, unknown>, message: string) {
    setBusy(true);
    setError(null);
    try {
      if (place) {
        await staffFetch(`/api/meeting-places/${encodeURIComponent(place.id)}`, { method: 'PATCH', json: body });
      } else {
        await staffFetch('/api/meeting-places', { method: 'POST', json: body });
        setSlug('');
        setNames({ fi: '', sv: '', en: '' });
        setMunicipality('');
        setServiceArea('');
        setAddress('');
      }
      onDone(message);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const nowMissing = {
      slug: !editing && !slug.trim(),
      fi: !names.fi.trim(),
      municipality: manager && !municipality.trim(),
    };
    setMissing(nowMissing);
    const first = nowMissing.slug ? `${prefix}-slug` : nowMissing.fi ? `${prefix}-name-fi` : nowMissing.municipality ? `${prefix}-municipality` : null;
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    const name = nameInput(names.fi, names.sv, names.en);
    const body: Record<string, unknown> = { name };
    if (place) {
      body.address = address.trim() || null;
      if (manager) {
        body.municipalityCode = municipality.trim();
        body.serviceArea = serviceArea || null;
      }
      void request(body, t.saved(localized(name, lang)));
    } else {
      body.slug = slug.trim();
      body.municipalityCode = municipality.trim();
      if (serviceArea) body.serviceArea = serviceArea;
      if (address.trim()) body.address = address.trim();
      void request(body, t.placeCreated(localized(name, lang)));
    }
  }

  function setActive(active: boolean) {
    if (!place) return;
    const name = localized(place.name, lang);
    void request({ active }, active ? t.reactivated(name) : t.deactivated(name));
  }

  const errors = fieldErrors(error);
  const heading = place ? t.editPlace(localized(place.name, lang)) : t.newPlace;
  return (
    <section className={editing ? 'card' : undefined} aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} tabIndex={editing ? -1 : undefined} ref={headingRef}>
        {heading}
      </h2>
      <form className={editing ? 'staff-form staff-form--wide' : 'card staff-form staff-form--wide'} onSubmit={submit} noValidate>
        <FormError
          error={error}
          lang={lang}
          shownFields={['slug', 'name', 'name.fi', 'name.sv', 'name.en', 'municipalityCode', 'serviceArea', 'address']}
        />
        {!editing ? (
          <Field id={`${prefix}-slug`} label={t.slug} hint={t.slugHint} error={missing.slug ? shell.required : errors.slug}>
            {(control) => (
              <input
                {...control}
                value={slug}
                spellCheck={false}
                autoCapitalize="none"
                maxLength={64}
                onChange={(e) => setSlug(e.target.value)}
                required
              />
            )}
          </Field>
        ) : null}
        <NameFields
          idPrefix={prefix}
          t={t}
          values={names}
          errors={errors}
          missingFi={missing.fi ? shell.required : null}
          onChange={setNames}
        />
        {manager ? (
          <div className="form-grid">
            <Field
              id={`${prefix}-municipality`}
              label={t.municipalityCode}
              hint={t.municipalityHint}
              error={missing.municipality ? shell.required : errors.municipalityCode}
            >
              {(control) => (
                <input
                  {...control}
                  list="municipality-codes"
                  inputMode="numeric"
                  maxLength={3}
                  value={municipality}
                  onChange={(e) => {
                    setMunicipality(e.target.value);
                    setServiceArea('');
                  }}
                  required
                />
              )}
            </Field>
            <Field id={`${prefix}-area`} label={t.serviceArea} error={errors.serviceArea}>
              {(control) => (
                <select {...control} value={serviceArea} onChange={(e) => setServiceArea(e.target.value)}>
                  <option value="">{t.noServiceArea}</option>
                  {areaChoices.map((area) => (
                    <option key={area.id} value={area.id}>
                      {localized(area.name, lang)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        ) : null}
        <Field id={`${prefix}-address`} label={t.address} error={errors.address}>
          {(control) => (
            <input {...control} value={address} maxLength={300} autoComplete="off" onChange={(e) => setAddress(e.target.value)} />
          )}
        </Field>
        <p className="inline-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {editing ? (busy ? t.saving : t.save) : busy ? t.creating : t.create}
          </button>
          {onCancel ? (
            <button type="button" className="button" onClick={onCancel}>
              {t.cancel}
            </button>
          ) : null}
        </p>
      </form>
      {place && manager ? (
        <p className="inline-actions">
          {place.active ? (
            <button type="button" className="button button--danger" disabled={busy} onClick={() => setActive(false)}>
              {t.deactivate}
            </button>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => setActive(true)}>
              {t.reactivate}
            </button>
          )}
        </p>
      ) : null}
    </section>
  );
}

/** Creates a service area (no `area`) or edits one. */
function AreaForm({
  lang,
  area,
  onCancel,
  onDone,
}: {
  lang: string;
  area?: ServiceArea;
  onCancel?: () => void;
  onDone: (message: string) => void;
}) {
  const t = placesStrings(lang);
  const shell = shellStrings(lang);
  const editing = Boolean(area);
  const prefix = editing ? 'edit-area' : 'new-area';
  const [id, setId] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [names, setNames] = useState({ fi: area?.name.fi ?? '', sv: area?.name.sv ?? '', en: area?.name.en ?? '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const headingRef = useFocusOnMount<HTMLHeadingElement>(editing);

  async function request(body: Record<string, unknown>, message: string) {
    setBusy(true);
    setError(null);
    try {
      if (area) {
        await staffFetch(`/api/service-areas/${encodeURIComponent(area.id)}`, { method: 'PATCH', json: body });
      } else {
        await staffFetch('/api/service-areas', { method: 'POST', json: body });
        setId('');
        setMunicipality('');
        setNames({ fi: '', sv: '', en: '' });
      }
      onDone(message);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const nowMissing = { id: !editing && !id.trim(), municipality: !editing && !municipality.trim(), fi: !names.fi.trim() };
    setMissing(nowMissing);
    const first = nowMissing.id ? `${prefix}-id` : nowMissing.municipality ? `${prefix}-municipality` : nowMissing.fi ? `${prefix}-name-fi` : null;
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    const name = nameInput(names.fi, names.sv, names.en);
    if (area) void request({ name }, t.saved(localized(name, lang)));
    else void request({ id: id.trim(), municipalityCode: municipality.trim(), name }, t.areaCreated(localized(name, lang)));
  }

  function setActive(active: boolean) {
    if (!area) return;
    const name = localized(area.name, lang);
    void request({ active }, active ? t.reactivated(name) : t.deactivated(name));
  }

  const errors = fieldErrors(error);
  return (
    <section className={editing ? 'card' : undefined} aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} tabIndex={editing ? -1 : undefined} ref={headingRef}>
        {area ? t.editArea(localized(area.name, lang)) : t.newArea}
      </h2>
      <form className={editing ? 'staff-form staff-form--wide' : 'card staff-form staff-form--wide'} onSubmit={submit} noValidate>
        <FormError error={error} lang={lang} shownFields={['id', 'municipalityCode', 'name', 'name.fi', 'name.sv', 'name.en']} />
        {!editing ? (
          <div className="form-grid">
            <Field id={`${prefix}-id`} label={t.areaId} hint={t.areaIdHint} error={missing.id ? shell.required : errors.id}>
              {(control) => (
                <input
                  {...control}
                  value={id}
                  spellCheck={false}
                  autoCapitalize="none"
                  maxLength={64}
                  onChange={(e) => setId(e.target.value)}
                  required
                />
              )}
            </Field>
            <Field
              id={`${prefix}-municipality`}
              label={t.municipalityCode}
              hint={t.municipalityHint}
              error={missing.municipality ? shell.required : errors.municipalityCode}
            >
              {(control) => (
                <input
                  {...control}
                  list="municipality-codes"
                  inputMode="numeric"
                  maxLength={3}
                  value={municipality}
                  onChange={(e) => setMunicipality(e.target.value)}
                  required
                />
              )}
            </Field>
          </div>
        ) : null}
        <NameFields
          idPrefix={prefix}
          t={t}
          values={names}
          errors={errors}
          missingFi={missing.fi ? shell.required : null}
          onChange={setNames}
        />
        <p className="inline-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {editing ? (busy ? t.saving : t.save) : busy ? t.creating : t.create}
          </button>
          {onCancel ? (
            <button type="button" className="button" onClick={onCancel}>
              {t.cancel}
            </button>
          ) : null}
        </p>
      </form>
      {area ? (
        <p className="inline-actions">
          {area.active ? (
            <button type="button" className="button button--danger" disabled={busy} onClick={() => setActive(false)}>
              {t.deactivate}
            </button>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => setActive(true)}>
              {t.reactivate}
            </button>
          )}
        </p>
      ) : null}
    </section>
  );
}
