import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDate } from '../staff/components/date-time';
import type { IndicatorCell } from './indicators-api';
import type { DashboardStrings } from './strings';

// What a printed dashboard says about itself (issue #15): whose figures, which period, from
// which release, and when it was printed, so that a page at a steering-group meeting can be
// told from a later, revised one. Hidden on screen, where the release note says the same.
// Page numbers ("Sivu 1 / 3") come from the @page rules in dashboards.css; their word is set
// here, in the reader's language, as a custom property on the root (page margins inherit
// from the root element, not from the dashboard).

/** When the release the figures come from was made (ISO), or null while not released. */
export function releasedAtOf(cells: readonly IndicatorCell[]): string | null {
  return cells.map((cell) => cell.releasedAt).find((at): at is string => !!at) ?? null;
}

const PAGE_LABEL = '--dash-page-label';

export function PrintStamp({
  area,
  periodText,
  cells,
  lang,
  t,
}: {
  area: string;
  periodText: string;
  /** The figures of the area the dashboard is about (their release). */
  cells: readonly IndicatorCell[];
  lang: string;
  t: DashboardStrings;
}) {
  const [printedAt, setPrintedAt] = useState(() => new Date());

  useEffect(() => {
    // A report left open overnight and printed the next day says the day it was printed.
    const beforePrint = () => flushSync(() => setPrintedAt(new Date()));
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty(PAGE_LABEL, JSON.stringify(t.page));
    return () => {
      root.style.removeProperty(PAGE_LABEL);
    };
  }, [t.page]);

  const releasedAt = releasedAtOf(cells);
  return (
    <div className="dash-print-stamp" data-testid="print-stamp">
      <p>
        <strong>{area}</strong>, {periodText}
      </p>
      <p>
        {releasedAt ? t.stampReleased(formatDate(releasedAt, lang)) : t.stampNotReleased} · {t.stampPrinted(formatDate(printedAt.toISOString(), lang))}
      </p>
    </div>
  );
}
