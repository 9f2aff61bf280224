import { useEffect, useRef } from 'react';
import type { LocalizedName } from '../../lib/i18n';
import { Field } from '../staff/components/form';
import type { PlacesStrings } from './strings';

/** name {fi, sv?, en?} from the three inputs: empty optional names are left out. */
export function nameInput(fi: string, sv: string, en: string): LocalizedName {
  return { fi: fi.trim(), ...(sv.trim() ? { sv: sv.trim() } : {}), ...(en.trim() ? { en: en.trim() } : {}) };
}

export function NameFields({
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

export function useFocusOnMount<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
