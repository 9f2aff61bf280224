import type { UseFormRegisterReturn } from 'react-hook-form';
import type { LocalizedName } from '../../lib/i18n';
import { Field } from '../staff/components/form';
import type { PlacesStrings } from './strings';

const LANGUAGES = ['fi', 'sv', 'en'] as const;
type NameLanguage = (typeof LANGUAGES)[number];

/** name {fi, sv?, en?} from the three inputs: empty optional names are left out. */
export function nameInput(fi: string, sv: string, en: string): LocalizedName {
  return { fi: fi.trim(), ...(sv.trim() ? { sv: sv.trim() } : {}), ...(en.trim() ? { en: en.trim() } : {}) };
}

/**
 * The Finnish, Swedish and English name of a place or a service area: the form's fields fi, sv
 * and en, with the server's errors of `name.fi` (or the whole `name`) by their input.
 */
export function NameFields({
  idPrefix,
  t,
  register,
  errorOf,
}: {
  idPrefix: string;
  t: PlacesStrings;
  register: (lang: NameLanguage) => UseFormRegisterReturn;
  errorOf: (field: string) => string | undefined;
}) {
  const labels = { fi: t.nameFi, sv: t.nameSv, en: t.nameEn };
  const error = (lang: NameLanguage) => errorOf(lang) ?? errorOf(`name.${lang}`) ?? (lang === 'fi' ? errorOf('name') : undefined);
  return (
    <div className="form-grid">
      {LANGUAGES.map((lang) => (
        <Field key={lang} id={`${idPrefix}-name-${lang}`} label={labels[lang]} error={error(lang)}>
          {(control) => <input {...control} {...register(lang)} lang={lang} maxLength={200} required={lang === 'fi'} />}
        </Field>
      ))}
    </div>
  );
}

/** The fields of the server's errors about a name, for FormError's `shownFields`. */
export const NAME_ERROR_FIELDS = ['name', 'name.fi', 'name.sv', 'name.en'];
