import { z } from 'zod';
import { localized } from '../../lib/i18n';
import { ActiveSwitch } from '../staff/components/active-switch';
import { Field, FormError } from '../staff/components/form';
import { useFocus } from '../staff/components/use-focus';
import { requiredText, useStaffForm } from '../staff/components/use-staff-form';
import type { ServiceArea } from '../staff/reference-data';
import { shellStrings, type ShellStrings } from '../staff/strings';
import { SubmitAndCancel } from './form-actions';
import { NAME_ERROR_FIELDS, NameFields, nameInput } from './name-fields';
import { createServiceArea, updateServiceArea } from './places-api';
import { placesStrings } from './strings';

type AreaValues = { id: string; municipalityCode: string; fi: string; sv: string; en: string };

/** What the browser checks before sending: the id and municipality of a new area, and its Finnish name. */
function areaSchema(shell: ShellStrings, editing: boolean) {
  const required = requiredText(shell.required);
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
  const headingRef = useFocus<HTMLHeadingElement>(editing);
  const { form, onSubmit, busy, serverError, errorOf, run } = useStaffForm<AreaValues>({
    schema: areaSchema(shell, editing),
    defaultValues: { id: '', municipalityCode: '', fi: area?.name.fi ?? '', sv: area?.name.sv ?? '', en: area?.name.en ?? '' },
    lang,
    onValid: async (values, { reset }) => {
      const name = nameInput(values.fi, values.sv, values.en);
      if (area) {
        await updateServiceArea(area.id, { name });
        onDone(t.saved(localized(name, lang)));
      } else {
        await createServiceArea({ id: values.id, municipalityCode: values.municipalityCode, name });
        reset();
        onDone(t.areaCreated(localized(name, lang)));
      }
    },
  });
  const { register } = form;

  function setActive(active: boolean) {
    if (!area) return;
    const name = localized(area.name, lang);
    void run(async () => {
      await updateServiceArea(area.id, { active });
      onDone(active ? t.reactivated(name) : t.deactivated(name));
    });
  }

  return (
    <section className={editing ? 'card' : undefined} aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} tabIndex={editing ? -1 : undefined} ref={headingRef}>
        {area ? t.editArea(localized(area.name, lang)) : t.newArea}
      </h2>
      <form className={editing ? 'staff-form staff-form--wide' : 'card staff-form staff-form--wide'} onSubmit={onSubmit} noValidate>
        <FormError
          error={serverError}
          lang={lang}
          shownFields={['id', 'municipalityCode', ...NAME_ERROR_FIELDS]}
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
        <NameFields idPrefix={prefix} t={t} register={(l) => register(l)} errorOf={errorOf} />
        <SubmitAndCancel t={t} editing={editing} busy={busy} onCancel={onCancel} />
      </form>
      {area ? <ActiveSwitch labels={t} active={area.active} busy={busy} onSwitch={setActive} /> : null}
    </section>
  );
}
