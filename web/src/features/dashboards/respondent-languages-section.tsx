import { useId } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { ApiError } from '../../lib/api';
import { languageName } from '../../lib/i18n';
import { useStaffQuery } from '../../lib/use-staff-query';
import { Loading } from '../staff/components/form';
import { formatCount, periodLabel } from './format';
import { dashboardQueries } from './dashboard-queries';
import type { DashboardStrings } from './strings';

/** The language's name in the reader's language ("somali"), when it differs from its endonym. */
function localName(code: string, lang: string): string | null {
  try {
    const local = new Intl.DisplayNames([lang], { type: 'language' }).of(code);
    return local && local.toLocaleLowerCase(lang) !== languageName(code).toLocaleLowerCase(lang) ? local : null;
  } catch {
    return null;
  }
}

/**
 * The languages the place's respondents answered in, as counts of responses: who is answering
 * and who is not. Participation only, like every n; for the same roles as its free text.
 */
export function RespondentLanguagesSection({ slug, period, lang, t }: { slug: string; period: string; lang: string; t: DashboardStrings }) {
  const id = useId();
  const resource = useStaffQuery(dashboardQueries.respondentLanguages(slug, period));

  let body;
  if (resource.isPending) body = <Loading lang={lang} />;
  else if (resource.isError) {
    const forbidden = resource.error instanceof ApiError && resource.error.status === 403;
    body = forbidden ? null : <p className="dash-missing">{t.languagesFailed}</p>;
  } else if (resource.data.languages.length === 0) body = <p>{t.languagesNone}</p>;
  else {
    body = (
      <ScrollTable
        id={`${id}-table`}
        caption={`${t.languagesHeading}: ${periodLabel(period, t)}`}
        columns={[{ label: t.languagesLanguage }, { label: t.languagesResponses, numeric: true }]}
      >
        {resource.data.languages.map((row) => (
          <tr key={row.locale}>
            <th scope="row">
              {/* The endonym families know, then the name in the reader's language. */}
              <span lang={row.locale}>{languageName(row.locale)}</span>
              {localName(row.locale, lang) ? ` (${localName(row.locale, lang)})` : null}
            </th>
            <td className="numeric">{formatCount(row.responses, lang)}</td>
          </tr>
        ))}
      </ScrollTable>
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="dash-section dash-languages">
      <h2 id={`${id}-heading`}>{t.languagesHeading}</h2>
      <p>{t.languagesIntro}</p>
      {body}
    </section>
  );
}
