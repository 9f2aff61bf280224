import { useState, type FormEvent } from 'react';
import { localized } from '../../lib/i18n';
import { staffFetch, type Me } from '../../lib/session';
import { Field, fieldErrors, FormError } from '../staff/components/form';
import { canManageRegion } from '../staff/place-permissions';
import { byName, type ServiceArea, type StaffMeetingPlace } from '../staff/reference-data';
import { shellStrings } from '../staff/strings';
import { NameFields, nameInput, useFocusOnMount } from './name-fields';
import { placesStrings } from './strings';

/** Creates a place (no `place`) or edits one. */
export function PlaceForm({
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
  // The structure of a place (municipality, service area, active): whoever manages its region.
  const manager = place ? canManageRegion(me, place.regionCode) : me.capabilities.manageMeetingPlaces;
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

  const errors = fieldErrors(error, lang);
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
