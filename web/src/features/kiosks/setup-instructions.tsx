import { QrCode } from '../../components/qr-code';
import { formatDateTime } from '../staff/components/date-time';
import { useFocus } from '../staff/components/use-focus';
import type { RegisteredKiosk as Registered } from './kiosks-api';
import { kiosksStrings } from './strings';

/** The one-time setup code, its link and its QR code: shown once, right after registering. */
export function SetupInstructions({ kiosk, lang }: { kiosk: Registered; lang: string }) {
  const t = kiosksStrings(lang);
  const link = new URL(kiosk.setupUrl, window.location.origin).href;
  // A new kiosk's instructions take focus (not every render of the same ones).
  const headingRef = useFocus<HTMLHeadingElement>(kiosk.setupCode);
  return (
    <section aria-labelledby="kiosk-setup-heading" className="staff-form" data-testid="kiosk-setup">
      <h3 id="kiosk-setup-heading" tabIndex={-1} ref={headingRef}>
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
      <QrCode link={link} label={t.qr(kiosk.name)} className="kiosk-qr" />
    </section>
  );
}
