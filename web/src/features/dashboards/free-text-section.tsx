import { useId } from 'react';
import { ApiError } from '../../lib/api';
import { localized } from '../../lib/i18n';
import { useStaffQuery } from '../../lib/use-staff-query';
import { Loading } from '../staff/components/form';
import { periodLabel } from './format';
import { dashboardQueries } from './dashboard-queries';
import type { FreeTextItem } from './indicators-api';
import type { DashboardStrings } from './strings';

/**
 * The place's written answers, for its coordinators and admins (the page checks the role; the
 * server checks again and audits the read). A caution comes first, and the answers never go
 * to print: families are told only the place's staff read them, and paper travels further.
 */
export function FreeTextSection({ slug, period, lang, t }: { slug: string; period: string; lang: string; t: DashboardStrings }) {
  const id = useId();
  const resource = useStaffQuery(dashboardQueries.freeText(slug, period));

  let body;
  if (resource.isPending) body = <Loading lang={lang} />;
  else if (resource.isError) {
    // 403: the server says this account may not read them after all; say nothing more.
    const forbidden = resource.error instanceof ApiError && resource.error.status === 403;
    body = forbidden ? null : <p className="dash-missing">{t.freeTextFailed}</p>;
  } else if (resource.data.items.length === 0) body = <p>{t.freeTextNone}</p>;
  else {
    const groups = new Map<string, FreeTextItem[]>();
    for (const item of resource.data.items) {
      const key = `${item.surveyKey}|${item.question}`;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    body = (
      <>
        {[...groups.values()].map((items) => (
          <div key={`${items[0].surveyKey}|${items[0].question}`} className="dash-freetext__group">
            <h3>
              {localized(items[0].surveyTitle, lang)}: {localized(items[0].questionTitle, lang)}{' '}
              <span className="dash-n">({t.freeTextCount(items.length)})</span>
            </h3>
            <ul className="dash-freetext__list">
              {items.map((item) => (
                <li key={item.id}>
                  <blockquote lang={item.locale || undefined} dir="auto">
                    {item.text}
                  </blockquote>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {resource.data.truncated ? <p className="dash-missing">{t.freeTextTruncated}</p> : null}
      </>
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="dash-section dash-freetext dash-noprint">
      <h2 id={`${id}-heading`}>
        {t.freeTextHeading}: {periodLabel(period, t)}
      </h2>
      <p className="notice dash-caution" role="note">
        {t.freeTextCaution}
      </p>
      {body}
    </section>
  );
}
