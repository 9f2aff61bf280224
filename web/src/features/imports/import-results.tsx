import type { Schema } from '../../lib/staff-api';
import { useFocus } from '../staff/components/use-focus';
import type { ImportsStrings } from './strings';

// What an import answered: the saved summary, or the preview of every row with its action or errors.

export type ImportResult = Schema<'ImportResultDto'>;

/** Rows shown in the preview table; errors always come first. */
const MAX_ROWS_SHOWN = 300;

/** Whether a preview stops the import: an error in the file or in any row. */
export function hasErrors(result: ImportResult): boolean {
  return result.summary.error > 0 || result.fileErrors.length > 0 || result.rows.some((r) => r.errors.length > 0);
}

export function AppliedSummary({ t, result }: { t: ImportsStrings; result: ImportResult }) {
  const ref = useFocus<HTMLDivElement>(result);
  return (
    <div className="status-message" role="status" tabIndex={-1} ref={ref} data-testid="import-applied">
      {t.applied(result.summary)}
    </div>
  );
}

export function PreviewTable({ t, result, hasErrors }: { t: ImportsStrings; result: ImportResult; hasErrors: boolean }) {
  // A new preview takes focus, also one of the same file again.
  const ref = useFocus<HTMLHeadingElement>(result);
  const errorRows = result.rows.filter((r) => r.errors.length > 0 || r.action === 'error');
  const otherRows = result.rows.filter((r) => !(r.errors.length > 0 || r.action === 'error'));
  // All rows in file order when they fit; otherwise every error row first, then the rest.
  const shown =
    result.rows.length <= MAX_ROWS_SHOWN
      ? result.rows
      : [...errorRows, ...otherRows].slice(0, Math.max(MAX_ROWS_SHOWN, errorRows.length));
  return (
    <section aria-labelledby="preview-heading" data-testid="import-preview">
      <h2 id="preview-heading" tabIndex={-1} ref={ref}>
        {t.previewHeading}
      </h2>
      <p className={hasErrors ? 'form-error' : 'status-message'}>
        {hasErrors ? t.previewErrors(errorRows.length + (result.fileErrors.length > 0 ? 1 : 0)) : t.previewOk}{' '}
        {t.summary(result.summary)}
      </p>
      {result.fileErrors.length > 0 ? (
        <>
          <h3>{t.fileErrorsHeading}</h3>
          <ul className="form-error">
            {result.fileErrors.map((e, i) => (
              <li key={i}>
                <code>{e.field}</code>: {e.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {shown.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="preview-caption">
          <table className="data-table">
            <caption id="preview-caption">{t.rowsCaption(shown.length, result.rows.length)}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t.line}
                </th>
                <th scope="col">{t.key}</th>
                <th scope="col">{t.action}</th>
                <th scope="col">{t.errors}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const failed = row.errors.length > 0 || row.action === 'error';
                return (
                  <tr key={row.line} className={failed ? 'row--error' : undefined}>
                    <th scope="row" className="numeric">
                      {row.line}
                    </th>
                    <td>{row.key}</td>
                    <td>
                      <span className={failed ? 'tag tag--error' : 'tag tag--ok'}>{t.actions[row.action] ?? row.action}</span>
                    </td>
                    <td>
                      {row.errors.length > 0 ? (
                        <ul className="error-text">
                          {row.errors.map((e, i) => (
                            <li key={i}>
                              <code>{e.field}</code>: {e.message}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
