import { localized } from '../../lib/i18n';
import { FigureCells, FigureHeaderCells, FigureWithN, IndicatorName } from './figures';
import { periodLabel } from './format';
import type { AreaIndicators, ComparisonTable, IndicatorComparison } from './indicators-api';
import type { DashboardStrings } from './strings';

// A year shows every instrument: the children's Huomaa minut indicators are published per
// half-year (one round each), so the year view lists them per half-year here instead of
// leaving them out without a word.

/** One area's half-yearly indicators for a year: a row per indicator and half-year. */
export function PlaceHalfYearly({ data, lang, t }: { data: AreaIndicators; lang: string; t: DashboardStrings }) {
  const halves = data.halfYearly ?? [];
  if (halves.length === 0 || halves.every((half) => half.indicators.length === 0)) return null;
  const caption = t.halfYearlyCaption(localized(data.name, lang), periodLabel(data.period, t));
  return (
    <section aria-labelledby="dash-half-yearly" className="dash-section" data-testid="half-yearly">
      <h2 id="dash-half-yearly">{t.halfYearlyHeading}</h2>
      <p className="dash-context">{t.halfYearlyIntro}</p>
      <div className="table-scroll" role="region" aria-labelledby="dash-half-yearly-caption" tabIndex={0}>
        <table className="data-table dash-table">
          <caption id="dash-half-yearly-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.indicator}</th>
              <th scope="col">{t.period}</th>
              <FigureHeaderCells t={t} />
              <th scope="col">{t.changeFromPrevious}</th>
            </tr>
          </thead>
          <tbody>
            {halves.flatMap((half) =>
              half.indicators.map((indicator) => (
                <tr key={`${half.period}:${indicator.key}`} data-indicator={indicator.key} data-period={half.period}>
                  <th scope="row">
                    <IndicatorName indicator={indicator} lang={lang} t={t} />
                  </th>
                  <td>{periodLabel(half.period, t)}</td>
                  <FigureCells indicator={indicator} lang={lang} t={t} />
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The areas of a comparison with their half-yearly indicators: a column per indicator and half-year. */
export function AreaHalfYearly({ data, lang, t }: { data: IndicatorComparison; lang: string; t: DashboardStrings }) {
  const halves = (data.halfYearly ?? []).filter((half) => half.indicators.length > 0);
  if (halves.length === 0) return null;
  const columns = halves.flatMap((half) => half.indicators.map((indicator) => ({ half, indicator })));
  // Every area listed in either half, in the order the first half lists them.
  const rows = [data.total, ...uniqueAreas(halves)];
  const cellOf = (half: ComparisonTable, code: string | null, level: string, key: string) => {
    const row = [half.total, ...half.areas].find((r) => r.code === code && r.level === level);
    return row?.indicators.find((i) => i.key === key) ?? null;
  };
  return (
    <section aria-labelledby="dash-half-yearly" className="dash-section dash-print-wide" data-testid="half-yearly">
      <h2 id="dash-half-yearly">{t.halfYearlyHeading}</h2>
      <p className="dash-context">{t.halfYearlyIntro}</p>
      <div className="table-scroll" role="region" aria-labelledby="dash-half-yearly-caption" tabIndex={0}>
        <table className="data-table dash-table dash-table--wide">
          <caption id="dash-half-yearly-caption">{t.halfYearlyCaption(localized(data.name, lang), periodLabel(data.period, t))}</caption>
          <thead>
            <tr>
              <th scope="col">{t.area}</th>
              {columns.map(({ half, indicator }) => (
                <th scope="col" className="numeric" key={`${half.period}:${indicator.key}`}>
                  <IndicatorName indicator={indicator} lang={lang} t={t} />
                  <span className="dash-desc">{periodLabel(half.period, t)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.level}:${row.code}`}>
                <th scope="row">{localized(row.name, lang)}</th>
                {columns.map(({ half, indicator }) => {
                  const cell = cellOf(half, row.code, row.level, indicator.key);
                  return (
                    <td className="numeric" key={`${half.period}:${indicator.key}`}>
                      <FigureWithN cell={cell} unit={indicator.unit} lang={lang} t={t} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function uniqueAreas(halves: ComparisonTable[]) {
  const seen = new Set<string>();
  return halves
    .flatMap((half) => half.areas)
    .filter((row) => {
      const key = `${row.level}:${row.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
