import { useState, type FormEvent } from 'react';
import { localized } from '../../lib/i18n';
import { staffFetch } from '../../lib/session';
import { Field, fieldErrors, FormError } from '../staff/components/form';
import type { ServiceArea } from '../staff/reference-data';
import { shellStrings } from '../staff/strings';
import { NameFields, nameInput, useFocusOnMount } from './name-fields';
import { placesStrings } from './strings';

/** Creates a service area (no `area`) or edits one. */
export function AreaForm({
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

  const errors = fieldErrors(error, lang);
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
