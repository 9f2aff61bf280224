import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../staff/components/date-time';
import { useFocus } from '../staff/components/use-focus';
import type { RegisteredKiosk as Registered } from './kiosks-api';
import { kiosksStrings } from './strings';

/** The one-time setup code, its link and its QR code: shown once, right after registering. */
export function SetupInstructions({ kiosk, lang }: { kiosk: Registered; lang: string }) {
  const t = kiosksStrings(lang);
  const link = new URL(kiosk.setupUrl, window.location.origin).href;
  const [qrSvg, setQrSvg] = useState<string | null>(null);
  // A new kiosk's instructions take focus (not every render of the same ones).
  const headingRef = useFocus<HTMLHeadingElement>(kiosk.setupCode);
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
