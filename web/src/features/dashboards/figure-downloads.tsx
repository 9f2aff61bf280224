import { indicatorsExportPath } from '../exports/export-url';
import type { AreaLevel } from './indicators-api';
import type { DashboardStrings } from './strings';

/**
 * The figures of a level as files: the Excel workbook first (typed cells, labels in the page's
 * language), CSV for tools. The files hold every area of the level in the country, suppressed
 * as on this page.
 */
export function FigureDownloads({ level, period, lang, t }: { level: AreaLevel; period: string; lang: string; t: DashboardStrings }) {
  return (
    <section className="dash-section dash-downloads" aria-labelledby="dash-downloads">
      <h2 id="dash-downloads">{t.downloadsHeading}</h2>
      <p>{t.downloadsIntro(t.levels[level].toLowerCase())}</p>
      <ul className="inline-actions">
        <li>
          <a className="button button--primary" href={indicatorsExportPath(level, period, 'xlsx', lang)} download>
            {t.downloadXlsx}
          </a>
        </li>
        <li>
          <a className="button" href={indicatorsExportPath(level, period, 'rfc4180', lang)} download>
            {t.downloadCsv}
          </a>
        </li>
      </ul>
    </section>
  );
}
