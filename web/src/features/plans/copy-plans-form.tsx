import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { localized } from '../../lib/i18n';
import { refreshAfterWrite } from '../../lib/query-client';
import { staffFetch } from '../../lib/session';
import { FormError } from '../staff/components/form';
import { useStaffAction } from '../staff/components/use-staff-action';
import { byName, type ServiceArea } from '../staff/reference-data';
import { plansKeys, type CopyPlansResult } from './plans-api';
import { plansStrings } from './strings';

/** For region analysts: last year's plans as this year's starting point at every place of a service area. */
export function CopyPlansForm({ areas, year, lang, onDone }: { areas: ServiceArea[]; year: number; lang: string; onDone: (message: string) => void }) {
  const t = plansStrings(lang);
  const queryClient = useQueryClient();
  const offered = areas.filter((a) => a.active).sort(byName((a: ServiceArea) => localized(a.name, lang), lang));
  const [area, setArea] = useState(offered[0]?.id ?? '');
  const { run, busy, error } = useStaffAction();
  const from = year - 1;
  function copy(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const result = await staffFetch<CopyPlansResult>(`/api/service-areas/${encodeURIComponent(area)}/plans/${year}/copy-from/${from}`, { method: 'POST' });
      onDone(t.copied(result));
      await refreshAfterWrite(queryClient, plansKeys.all);
    });
  }
  if (offered.length === 0) return null;
  return (
    <form className="staff-form" onSubmit={copy} aria-labelledby="copy-plans-heading" noValidate>
      <h2 id="copy-plans-heading">{t.copyHeading}</h2>
      <p>{t.copyIntro(year, from)}</p>
      <FormError error={error} lang={lang} />
      <div className="field">
        <label className="field__label" htmlFor="copy-plans-area">
          {t.serviceArea}
        </label>
        <select id="copy-plans-area" value={area} onChange={(event) => setArea(event.target.value)}>
          {offered.map((a) => (
            <option key={a.id} value={a.id}>
              {localized(a.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={busy || !area}>
        {t.copy}
      </button>
    </form>
  );
}
