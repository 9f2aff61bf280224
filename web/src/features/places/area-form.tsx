import { useState } from 'react';
import { z } from 'zod';
import { localized } from '../../lib/i18n';
import { staffFetch } from '../../lib/session';
import { Field, FormError } from '../staff/components/form';
import { useStaffForm } from '../staff/components/use-staff-form';
import type { ServiceArea } from '../staff/reference-data';
import { shellStrings, type ShellStrings } from '../staff/strings';
import { nameInput, useFocusOnMount } from './name-fields';
import { placesStrings } from './strings';

type AreaValues = { id: string; municipalityCode: string; fi: string; sv: string; en: string };

/** What the browser checks before sending: the id and municipality of a new area, and its Finnish name. */
function areaSchema(shell: ShellStrings, editing: boolean) {
  const required = z.string().trim().min(1, shell.required);
  return z.object({
    id: editing ? z.string() : required,
    municipalityCode: editing ? z.string() : required,
    fi: required,
    sv: z.string(),
    en: z.string(),
  });
}

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
  const headingRef = useFocusOnMount<HTMLHeadingElement>(editing);
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm<AreaValues>({
    schema: areaSchema(shell, editing),
    defaultValues: { id: '', municipalityCode: '', fi: area?.name.fi ?? '', sv: area?.name.sv ?? '', en: area?.name.en ?? '' },
    lang,
    onValid: async (values, { reset }) => {
      const name = nameInput(values.fi, values.sv, values.en);
      if (area) {
        await staffFetch(`/api/service-areas/${encodeURIComponent(area.id)}`, { method: 'PATCH', json: { name } });
        onDone(t.saved(localized(name, lang)));
      } else {
        await staffFetch('/api/service-areas', { method: 'POST', json: { id: values.id.trim(), municipalityCode: values.municipalityCode.trim(), name } });
        reset();
        onDone(t.areaCreated(localized(name, lang)));
      }
    },
  });
  const { register } = form;
  // Deactivating and reactivating are not the form's submit: the same busy state and summary.
  const [switching, setSwitching] = useState(false);
  const [switchError, setSwitchError] = useState<unknown>(null);

  async function setActive(active: boolean) {
    if (!area) return;
    const name = localized(area.name, lang);
    setSwitching(true);
    setSwitchError(null);
    try {
      await staffFetch(`/api/service-areas/${encodeURIComponent(area.id)}`, { method: 'PATCH', json: { active } });
      onDone(active ? t.reactivated(name) : t.deactivated(name));
    } catch (caught) {
      setSwitchError(caught);
    } finally {
      setSwitching(false);
    }
  }

  const nameError = (l: 'fi' | 'sv' | 'en') => errorOf(l) ?? errorOf(`name.${l}`) ?? (l === 'fi' ? errorOf('name') : undefined);
  const labels = { fi: t.nameFi, sv: t.nameSv, en: t.nameEn };
  return (
    <section className={editing ? 'card' : undefined} aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} tabIndex={editing ? -1 : undefined} ref={headingRef}>
        {area ? t.editArea(localized(area.name, lang)) : t.newArea}
      </h2>
      <form className={editing ? 'staff-form staff-form--wide' : 'card staff-form staff-form--wide'} onSubmit={onSubmit} noValidate>
        <FormError
          error={serverError ?? switchError}
          lang={lang}
          shownFields={['id', 'municipalityCode', 'name', 'name.fi', 'name.sv', 'name.en']}
        />
        {!editing ? (
          <div className="form-grid">
            <Field id={`${prefix}-id`} label={t.areaId} hint={t.areaIdHint} error={errorOf('id')}>
              {(control) => <input {...control} {...register('id')} spellCheck={false} autoCapitalize="none" maxLength={64} required />}
            </Field>
            <Field id={`${prefix}-municipality`} label={t.municipalityCode} hint={t.municipalityHint} error={errorOf('municipalityCode')}>
              {(control) => <input {...control} {...register('municipalityCode')} list="municipality-codes" inputMode="numeric" maxLength={3} required />}
            </Field>
          </div>
        ) : null}
        <div className="form-grid">
          {(['fi', 'sv', 'en'] as const).map((l) => (
            <Field key={l} id={`${prefix}-name-${l}`} label={labels[l]} error={nameError(l)}>
              {(control) => <input {...control} {...register(l)} lang={l} maxLength={200} required={l === 'fi'} />}
            </Field>
          ))}
        </div>
        <p className="inline-actions">
          <button type="submit" className="button button--primary" disabled={busy || switching}>
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
            <button type="button" className="button button--danger" disabled={busy || switching} onClick={() => void setActive(false)}>
              {t.deactivate}
            </button>
          ) : (
            <button type="button" className="button" disabled={busy || switching} onClick={() => void setActive(true)}>
              {t.reactivate}
            </button>
          )}
        </p>
      ) : null}
    </section>
  );
}
