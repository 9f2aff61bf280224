import { useQueryClient } from '@tanstack/react-query';
import { refreshAfterWrite } from '../../lib/query-client';
import { useState } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { formatDateTime } from '../staff/components/date-time';
import { FormError, Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { useStaffAction } from '../staff/components/use-staff-action';
import { canManagePlace } from '../staff/place-permissions';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { referenceQueries, type StaffMeetingPlace } from '../staff/reference-data';
import { PlacePicker, pickPlace } from '../staff/components/place-picker';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { kiosksKeys, kiosksQueries, revokeKiosk, type Kiosk, type RegisteredKiosk as Registered } from './kiosks-api';
import { RegisterKioskForm } from './register-kiosk-form';
import { RepeatIntervalForm } from './repeat-interval-form';
import { SetupInstructions } from './setup-instructions';
import { kiosksStrings } from './strings';

// /staff/kiosks: a place's kiosk tablets. Its coordinators, its region's analysts and admins
// register them (with a one-time setup code and its QR code), see when each was last in touch
// and how many answers it sent today (a count only), and disconnect a lost one.

export default function KiosksPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={kiosksStrings(lang).title} section="kiosks">
      <Kiosks lang={lang} />
    </StaffLayout>
  );
}

function Kiosks({ lang }: { lang: string }) {
  const t = kiosksStrings(lang);
  const { me } = useSession();
  const places = useStaffQuery(referenceQueries.meetingPlaces());
  const loading = together(places);
  const [chosen, setChosen] = useState('');
  if (!me) return null;
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!places.data) return <Loading lang={lang} />;
  const { offered, place } = pickPlace(places.data, (p) => canManagePlace(me, p), chosen, lang);
  if (!place) return <p>{t.noPlaces}</p>;
  return (
    <>
      <p>{t.intro}</p>
      <PlacePicker id="kiosks-place" label={t.place} places={offered} chosen={place} onChoose={setChosen} lang={lang} />
      <PlaceKiosks key={place.slug} lang={lang} place={place} />
    </>
  );
}

function PlaceKiosks({ lang, place }: { lang: string; place: StaffMeetingPlace }) {
  const t = kiosksStrings(lang);
  const queryClient = useQueryClient();
  const kiosks = useStaffQuery(kiosksQueries.ofPlace(place.slug));
  const reload = () => void refreshAfterWrite(queryClient, kiosksKeys.all);
  const [flash, setFlash] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const revoking = useStaffAction();
  const [registered, setRegistered] = useState<Registered | null>(null);
  const placeName = localized(place.name, lang);

  function revoke(kiosk: Kiosk) {
    void revoking.run(async () => {
      await revokeKiosk(kiosk.id);
      setConfirming(null);
      setFlash(t.revoked(kiosk.name));
      reload();
    });
  }

  return (
    <section aria-labelledby="kiosks-heading">
      <h2 id="kiosks-heading">{t.kiosksOf(placeName)}</h2>
      <StatusMessage>{flash}</StatusMessage>
      <FormError error={revoking.error} lang={lang} />
      {kiosks.isPending ? <Loading lang={lang} /> : null}
      {kiosks.isError ? <LoadFailed lang={lang} error={kiosks.error} onRetry={() => void kiosks.refetch()} /> : null}
      {kiosks.data && kiosks.data.length === 0 ? <p>{t.none}</p> : null}
      {kiosks.data && kiosks.data.length > 0 ? (
        <ScrollTable
          id="kiosks"
          caption={t.caption(placeName)}
          columns={[{ label: t.name }, { label: t.status }, { label: t.lastSeen }, { label: t.answersToday, numeric: true }, { label: t.repeatInterval }, { label: t.actions }]}
        >
          {kiosks.data.map((kiosk) => (
            <tr key={kiosk.id}>
              <th scope="row">{kiosk.name}</th>
              <td>{t.statuses[kiosk.status]}</td>
              <td>{kiosk.lastSeenAt ? formatDateTime(kiosk.lastSeenAt, lang) : t.never}</td>
              <td className="numeric">{kiosk.answersToday.toLocaleString(lang)}</td>
              <td>
                {kiosk.status === 'revoked' ? (
                  `${kiosk.repeatIntervalSeconds} s`
                ) : (
                  <RepeatIntervalForm
                    kiosk={kiosk}
                    lang={lang}
                    onSaved={(seconds) => {
                      setFlash(t.saved(kiosk.name, seconds));
                      reload();
                    }}
                  />
                )}
              </td>
              <td>
                {kiosk.status === 'revoked' ? null : confirming === kiosk.id ? (
                  <div role="group" aria-label={t.revoke(kiosk.name)}>
                    <p>{t.revokeQuestion}</p>
                    <button type="button" className="button" disabled={revoking.busy} onClick={() => revoke(kiosk)}>
                      {t.confirmRevoke}
                    </button>{' '}
                    <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                      {t.keep}
                    </button>
                  </div>
                ) : (
                  <button type="button" className="button button--secondary" aria-label={t.revoke(kiosk.name)} onClick={() => setConfirming(kiosk.id)}>
                    {t.revokeShort}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </ScrollTable>
      ) : null}
      {registered ? <SetupInstructions kiosk={registered} lang={lang} /> : null}
      <RegisterKioskForm
        lang={lang}
        slug={place.slug}
        onRegistered={(kiosk) => {
          setRegistered(kiosk);
          setFlash(null);
          reload();
        }}
      />
    </section>
  );
}
