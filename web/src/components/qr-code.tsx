import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * The QR code of `link` as SVG markup, or null until it is made (or if making it failed). Error
 * correction "M" survives a crumpled or partly covered poster; SVG prints sharp. The markup comes
 * from the qrcode package and our own URL only, so inlining it (a data: URL is refused by the
 * Content-Security-Policy) inserts no user markup.
 */
function useQrSvg(link: string): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then(
      (made) => !cancelled && setSvg(made),
      (error: unknown) => console.error('Kohtaamo: QR code failed', error),
    );
    return () => {
      cancelled = true;
    };
  }, [link]);
  return svg;
}

/**
 * The QR code of `link` as an image named `label`; until it is made, an empty box of
 * `className` with `pendingClassName` (or nothing without one).
 */
export function QrCode({ link, label, className, pendingClassName }: { link: string; label: string; className: string; pendingClassName?: string }) {
  const svg = useQrSvg(link);
  if (!svg) return pendingClassName ? <div className={`${className} ${pendingClassName}`} aria-hidden="true" /> : null;
  return <div className={className} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
