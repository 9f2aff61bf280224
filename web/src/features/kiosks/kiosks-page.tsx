import { useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { staffFetch, useSession } from '../../lib/session';
import { formatDateTime } from '../staff/components/date-time';
import { Field, fieldErrors, FormError, Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { canManagePlace } from '../staff/place-permissions';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { referenceQueries, type StaffMeetingPlace } from '../staff/reference-data';
import { PlacePicker, pickPlace } from '../staff/components/place-picker';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { kiosksKeys, kiosksQueries, type Kiosk, type RegisteredKiosk as Registered } from './kiosks-api';
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
  const reload = () => void queryClient.invalidateQueries({ queryKey: kiosksKeys.all });
  const [flash, setFlash] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const placeName = localized(place.name, lang);

  async function revoke(kiosk: Kiosk) {
    setError(null);
    try {
      await staffFetch(`/api/kiosks/${encodeURIComponent(kiosk.id)}/revoke`, { method: 'POST', json: {} });
      setConfirming(null);
      setFlash(t.revoked(kiosk.name));
      reload();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section aria-labelledby="kiosks-heading">
      <h2 id="kiosks-heading">{t.kiosksOf(placeName)}</h2>
      <StatusMessage>{flash}</StatusMessage>
      <FormError error={error} lang={lang} />
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
                  <RepeatInterval
                    kiosk={kiosk}
                    lang={lang}
                    onSaved={(seconds) => {
                      setFlash(t.saved(kiosk.name, seconds));
                      reload();
                    }}
                    onError={setError}
                  />
                )}
              </td>
              <td>
                {kiosk.status === 'revoked' ? null : confirming === kiosk.id ? (
                  <div role="group" aria-label={t.revoke(kiosk.name)}>
                    <p>{t.revokeQuestion}</p>
                    <button type="button" className="button" onClick={() => void revoke(kiosk)}>
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
      <RegisterForm
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

/** How close taps on the tablet count once: a number and a save button in the kiosk's row. */
function RepeatInterval({ kiosk, lang, onSaved, onError }: { kiosk: Kiosk; lang: string; onSaved: (seconds: number) => void; onError: (error: unknown) => void }) {
  const t = kiosksStrings(lang);
  const [seconds, setSeconds] = useState(String(kiosk.repeatIntervalSeconds));
  const [busy, setBusy] = useState(false);
  const id = `kiosk-interval-${kiosk.id}`;
  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    onError(null);
    try {
      const saved = await staffFetch<Kiosk>(`/api/kiosks/${encodeURIComponent(kiosk.id)}`, { method: 'PATCH', json: { repeatIntervalSeconds: Number(seconds) } });
      onSaved(saved.repeatIntervalSeconds);
    } catch (caught) {
      onError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="kiosk-interval" onSubmit={(event) => void save(event)} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {t.repeatIntervalOf(kiosk.name)}
      </label>
      <input id={id} type="number" inputMode="numeric" min={1} max={60} value={seconds} title={t.repeatIntervalHint} onChange={(event) => setSeconds(event.target.value)} /> s{' '}
      <button type="submit" className="button button--secondary" disabled={busy} aria-label={`${t.save}: ${t.repeatIntervalOf(kiosk.name)}`}>
        {t.save}
      </button>
    </form>
  );
}

/** The one-time setup code, its link and its QR code: shown once, right after registering. */
function SetupInstructions({ kiosk, lang }: { kiosk: Registered; lang: string }) {
  const t = kiosksStrings(lang);
  const link = new URL(kiosk.setupUrl, window.location.origin).href;
  const [qrSvg, setQrSvg] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then(
      (svg) => !cancelled && setQrSvg(svg),
      (error: unknown) => console.error('Kohtaamo: QR code failed', error),
    );
    return () => {
      cancelled = true;
    };
  }, [link]);
  return (
    <section aria-labelledby="kiosk-setup-heading" className="staff-form" data-testid="kiosk-setup">
      <h3 id="kiosk-setup-heading" tabIndex={-1} ref={(heading) => heading?.focus()}>
        {t.setupHeading(kiosk.name)}
      </h3>
      <p>
        {t.setupSteps} {formatDateTime(kiosk.expiresAt, lang)}.
      </p>
      <dl>
        <dt>{t.setupCode}</dt>
        <dd>
          <code>{kiosk.setupCode}</code>
        </dd>
        <dt>{t.setupLink}</dt>
        <dd>
          <a href={link}>{link}</a>
        </dd>
      </dl>
      {qrSvg ? (
        <div
          className="kiosk-qr"
          role="img"
          aria-label={t.qr(kiosk.name)}
          // The SVG is generated here by the qrcode package from our own URL: no user markup.
          // (Inline, not a data: URL, which the Content-Security-Policy refuses.)
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
      ) : null}
    </section>
  );
}

function RegisterForm({ lang, slug, onRegistered }: { lang: string; slug: string; onRegistered: (kiosk: Registered) => void }) {
  const t = kiosksStrings(lang);
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, lang);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const kiosk = await staffFetch<Registered>(`/api/meeting-places/${encodeURIComponent(slug)}/kiosks`, { method: 'POST', json: { name, pin } });
      setName('');
      setPin('');
      onRegistered(kiosk);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="staff-form" onSubmit={(event) => void submit(event)} aria-labelledby="kiosks-register" noValidate>
      <h3 id="kiosks-register">{t.registerHeading}</h3>
      <FormError error={error} lang={lang} shownFields={['name', 'pin']} />
      <Field id="kiosk-name" label={t.name} hint={t.nameHint} error={errors.name}>
        {(control) => <input {...control} required maxLength={60} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <Field id="kiosk-pin" label={t.pin} hint={t.pinHint} error={errors.pin}>
        {(control) => (
          <input {...control} required inputMode="numeric" autoComplete="off" pattern="[0-9]{4,8}" maxLength={8} value={pin} onChange={(event) => setPin(event.target.value)} />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t.registering : t.register}
      </button>
    </form>
  );
}
