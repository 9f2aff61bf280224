import { useQueryClient } from '@tanstack/react-query';
import { refreshAfterWrite } from '../../lib/query-client';
import { useState } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import type { Me } from '../../lib/session';
import { useStaffQuery } from '../../lib/use-staff-query';
import { formatDateTime } from '../staff/components/date-time';
import { FormError, Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { OneTimeSecret } from '../staff/components/one-time-secret';
import { useStaffAction } from '../staff/components/use-staff-action';
import { canExportRegionResponses } from '../staff/place-permissions';
import type { Region } from '../staff/reference-data';
import { ExportTokenForm } from './export-token-form';
import { exportTokenKeys, exportTokenQueries, revokeExportToken, type ExportToken } from './exports-api';
import { exportsStrings } from './strings';

/** Export tokens (admins and region analysts): make one (its secret shown once), list them, revoke one. */
export function ExportTokens({ lang, me, regions }: { lang: string; me: Me; regions: Region[] }) {
  const t = exportsStrings(lang);
  const queryClient = useQueryClient();
  const tokens = useStaffQuery(exportTokenQueries.list());
  const reload = () => void refreshAfterWrite(queryClient, exportTokenKeys.all);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const revoking = useStaffAction();

  function revoke(token: ExportToken) {
    void revoking.run(async () => {
      await revokeExportToken(token.id);
      setConfirming(null);
      setFlash(t.tokenRevoked(token.name));
      reload();
    });
  }

  const regionName = (code: string) => `${code} ${localized(regions.find((r) => r.code === code)?.name, lang)}`;
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t.tokensHeading}</h2>
      <p>{t.tokensIntro}</p>
      <StatusMessage>{flash}</StatusMessage>
      {created ? (
        <OneTimeSecret
          key={created.token}
          id="created-token-heading"
          level={3}
          heading={t.tokenCreated(created.name)}
          label={t.token}
          secret={created.token}
          testId="export-token"
          note={t.tokenShownOnce}
          lang={lang}
          onDone={() => setCreated(null)}
        />
      ) : null}
      <ExportTokenForm
        lang={lang}
        regions={regions.filter((r) => canExportRegionResponses(me, r.code))}
        onCreated={(token) => {
          setFlash(null);
          setCreated({ name: token.name, token: token.token });
          reload();
        }}
      />
      {tokens.isPending ? <Loading lang={lang} /> : null}
      {tokens.isError ? <LoadFailed lang={lang} error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
      {tokens.isSuccess && tokens.data.length === 0 ? <p>{t.noTokens}</p> : null}
      {tokens.isSuccess && tokens.data.length > 0 ? (
        <>
          <FormError error={revoking.error} lang={lang} />
          <ScrollTable
            id="tokens"
            caption={`${t.tokensTable} (${tokens.data.length})`}
            columns={[t.tokenName, t.tokenRegion, t.created, t.lastUsed, t.status, t.actions].map((label) => ({ label }))}
          >
            {tokens.data.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{regionName(token.regionCode)}</td>
                <td>{formatDateTime(token.createdAt, lang)}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, lang) : t.never}</td>
                <td>
                  {token.revokedAt ? (
                    <span className="tag tag--inactive">{t.revoked(formatDateTime(token.revokedAt, lang))}</span>
                  ) : (
                    <span className="tag tag--ok">{t.active}</span>
                  )}
                </td>
                <td>
                  {token.revokedAt ? null : confirming === token.id ? (
                    <div role="group" aria-label={t.revokeFor(token.name)}>
                      <p>{t.confirmRevoke(token.name)}</p>
                      <p className="inline-actions">
                        <button type="button" className="button button--small button--danger" disabled={revoking.busy} onClick={() => revoke(token)}>
                          {t.yesRevoke}
                        </button>
                        <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                          {t.cancel}
                        </button>
                      </p>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={t.revokeFor(token.name)}
                      onClick={() => setConfirming(token.id)}
                    >
                      {t.revoke}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </ScrollTable>
        </>
      ) : null}
    </section>
  );
}
