import { useEffect, useRef, useState } from 'react';
import { useStaffQuery } from '../../lib/use-staff-query';
import { formatDateTime } from '../staff/components/date-time';
import { Loading, LoadFailed } from '../staff/components/form';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { usersQueries } from '../users/users-api';
import { auditQueries } from './audit-api';
import { auditStrings } from './strings';

// /staff/audit (admin): GET /api/audit-log, newest first, 50 a page.

const PAGE_SIZE = 50;

/** The actions the API records (AuditEventDto). */
const ACTIONS = [
  'auth.login',
  'auth.login-failed',
  'auth.account-locked',
  'auth.logout',
  'auth.password-changed',
  'user.created',
  'user.updated',
  'user.temporary-password-issued',
  'user.admin-ensured',
  'meeting-place.created',
  'meeting-place.updated',
  'service-area.created',
  'service-area.updated',
  'import.registry',
  'import.paper-responses',
  'export-token.created',
  'export-token.revoked',
  'export-token.used',
  'export.downloaded',
  'free-text.read',
];

export default function AuditLogPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={auditStrings(lang).title} section="audit">
      <AuditLog lang={lang} />
    </StaffLayout>
  );
}

function detailsText(details: Record<string, unknown> | null): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

function AuditLog({ lang }: { lang: string }) {
  const t = auditStrings(lang);
  const [page, setPage] = useState(1);
  const [action, setAction] = useState('');
  const data = useStaffQuery(auditQueries.page(page, PAGE_SIZE, action));
  // Targets name accounts by id: show their email (an admin sees every account).
  const users = useStaffQuery(usersQueries.list());
  const emailOf = (id: string) => users.data?.find((u) => u.id === id)?.email;
  const captionRef = useRef<HTMLTableCaptionElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // After Previous/Next, continue reading at the top of the new page.
    if (data.data && !data.isPlaceholderData && moved.current) {
      moved.current = false;
      captionRef.current?.focus();
    }
  }, [data.data, data.isPlaceholderData]);

  function go(next: number) {
    moved.current = true;
    setPage(next);
  }

  return (
    <>
      <p>{t.intro}</p>
      <div className="field">
        <label className="field__label" htmlFor="audit-action">
          {t.action}
        </label>
        <select
          id="audit-action"
          value={action}
          onChange={(e) => {
            setAction(e.target.value);
            setPage(1);
          }}
        >
          <option value="">{t.allActions}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      {data.isPending ? <Loading lang={lang} /> : null}
      {data.isError ? <LoadFailed lang={lang} error={data.error} onRetry={() => void data.refetch()} /> : null}
      {data.isSuccess ? (
        data.data.items.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="audit-caption">
              <table className="data-table">
                <caption id="audit-caption" tabIndex={-1} ref={captionRef}>
                  {t.caption(
                    (data.data.page - 1) * data.data.pageSize + 1,
                    (data.data.page - 1) * data.data.pageSize + data.data.items.length,
                    data.data.total,
                  )}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t.time}</th>
                    <th scope="col">{t.action}</th>
                    <th scope="col">{t.actor}</th>
                    <th scope="col">{t.target}</th>
                    <th scope="col">{t.details}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.data.items.map((event) => (
                    <tr key={event.id}>
                      <th scope="row">
                        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, lang)}</time>
                      </th>
                      <td>
                        <code>{event.action}</code>
                      </td>
                      <td>{event.actor ? event.actor.email : <span className="muted">{t.system}</span>}</td>
                      <td>
                        {event.target
                          ? `${event.target.type} ${(event.target.type === 'user' && emailOf(event.target.id)) || event.target.id}`
                          : ''}
                      </td>
                      <td>{detailsText(event.details)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              t={t}
              page={data.data.page}
              pages={Math.max(1, Math.ceil(data.data.total / data.data.pageSize))}
              onPage={go}
            />
          </>
        )
      ) : null}
    </>
  );
}

function Pager({ t, page, pages, onPage }: { t: ReturnType<typeof auditStrings>; page: number; pages: number; onPage: (page: number) => void }) {
  return (
    <nav className="pager" aria-label={t.pagination}>
      <button type="button" className="button button--small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t.previous}
      </button>
      <span>{t.page(page, pages)}</span>
      <button type="button" className="button button--small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t.next}
      </button>
    </nav>
  );
}
