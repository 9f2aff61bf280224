import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { localized } from '../../lib/i18n';
import type { Me } from '../../lib/session';
import { ActiveSwitch } from '../staff/components/active-switch';
import { Field, FormError } from '../staff/components/form';
import { useFocus } from '../staff/components/use-focus';
import { requiredText, useStaffForm } from '../staff/components/use-staff-form';
import { canManageRegion } from '../staff/place-permissions';
import { byName, type ServiceArea, type StaffMeetingPlace } from '../staff/reference-data';
import { shellStrings, type ShellStrings } from '../staff/strings';
import { SubmitAndCancel } from './form-actions';
import { NAME_ERROR_FIELDS, NameFields, nameInput } from './name-fields';
import { createMeetingPlace, updateMeetingPlace } from './places-api';
import { placesStrings } from './strings';

type PlaceValues = { slug: string; fi: string; sv: string; en: string; municipalityCode: string; serviceArea: string; address: string };

/**
 * What the browser checks before sending: the slug of a new place, its Finnish name, and its
 * municipality where the account may set it (the rest is the server's to judge).
 */
function placeSchema(shell: ShellStrings, editing: boolean, manager: boolean) {
  return z.object({
    slug: editing ? z.string() : requiredText(shell.required),
    fi: requiredText(shell.required),
    sv: z.string(),
    en: z.string(),
    municipalityCode: manager ? requiredText(shell.required) : z.string().trim(),
    serviceArea: z.string(),
    address: z.string().trim(),
  });
}

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
  // The structure of a place (municipality, service area, active): whoever manages its region.
  const manager = place ? canManageRegion(me, place.regionCode) : me.capabilities.manageMeetingPlaces;
  const editing = Boolean(place);
  const prefix = editing ? 'edit-place' : 'new-place';
  const headingRef = useFocus<HTMLHeadingElement>(editing);
  const { form, onSubmit, busy, serverError, errorOf, run } = useStaffForm<PlaceValues>({
    schema: placeSchema(shellStrings(lang), editing, manager),
    defaultValues: {
      slug: '',
      fi: place?.name.fi ?? '',
      sv: place?.name.sv ?? '',
      en: place?.name.en ?? '',
      municipalityCode: place?.municipalityCode ?? '',
      serviceArea: place?.serviceArea?.id ?? '',
      address: place?.address ?? '',
    },
    lang,
    onValid: async (values, { reset }) => {
      const name = nameInput(values.fi, values.sv, values.en);
      if (place) {
        await updateMeetingPlace(place.id, {
          name,
          address: values.address || null,
          ...(manager ? { municipalityCode: values.municipalityCode, serviceArea: values.serviceArea || null } : {}),
        });
        onDone(t.saved(localized(name, lang)));
      } else {
        await createMeetingPlace({
          slug: values.slug,
          name,
          municipalityCode: values.municipalityCode,
          ...(values.serviceArea ? { serviceArea: values.serviceArea } : {}),
          ...(values.address ? { address: values.address } : {}),
        });
        reset();
        onDone(t.placeCreated(localized(name, lang)));
      }
    },
  });
  const { register, setValue, control } = form;
  const municipality = useWatch({ control, name: 'municipalityCode' });

  const areaChoices = areas
    .filter((a) => a.municipalityCode === municipality && (a.active || a.id === place?.serviceArea?.id))
    .sort(byName((a: ServiceArea) => localized(a.name, lang), lang));

  function setActive(active: boolean) {
    if (!place) return;
    const name = localized(place.name, lang);
    void run(async () => {
      await updateMeetingPlace(place.id, { active });
      onDone(active ? t.reactivated(name) : t.deactivated(name));
    });
  }

  return (
    <section className={editing ? 'card' : undefined} aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} tabIndex={editing ? -1 : undefined} ref={headingRef}>
        {place ? t.editPlace(localized(place.name, lang)) : t.newPlace}
      </h2>
      <form className={editing ? 'staff-form staff-form--wide' : 'card staff-form staff-form--wide'} onSubmit={onSubmit} noValidate>
        <FormError
          error={serverError}
          lang={lang}
          shownFields={['slug', ...NAME_ERROR_FIELDS, 'municipalityCode', 'serviceArea', 'address']}
        />
        {!editing ? (
          <Field id={`${prefix}-slug`} label={t.slug} hint={t.slugHint} error={errorOf('slug')}>
            {(control) => <input {...control} {...register('slug')} spellCheck={false} autoCapitalize="none" maxLength={64} required />}
          </Field>
        ) : null}
        <NameFields idPrefix={prefix} t={t} register={(l) => register(l)} errorOf={errorOf} />
        {manager ? (
          <div className="form-grid">
            <Field id={`${prefix}-municipality`} label={t.municipalityCode} hint={t.municipalityHint} error={errorOf('municipalityCode')}>
              {(control) => (
                <input
                  {...control}
                  {...register('municipalityCode', { onChange: () => setValue('serviceArea', '') })}
                  list="municipality-codes"
                  inputMode="numeric"
                  maxLength={3}
                  required
                />
              )}
            </Field>
            <Field id={`${prefix}-area`} label={t.serviceArea} error={errorOf('serviceArea')}>
              {(control) => (
                <select {...control} {...register('serviceArea')}>
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
        <Field id={`${prefix}-address`} label={t.address} error={errorOf('address')}>
          {(control) => <input {...control} {...register('address')} maxLength={300} autoComplete="off" />}
        </Field>
        <SubmitAndCancel t={t} editing={editing} busy={busy} onCancel={onCancel} />
      </form>
      {place && manager ? <ActiveSwitch labels={t} active={place.active} busy={busy} onSwitch={setActive} /> : null}
    </section>
  );
}
