import { useId } from 'react';
import { localized } from '../../lib/i18n';
import { periodChoices } from '../../../../reports/periods';
import type { AreaLevel, IndicatorDescription } from './indicators-api';
import type { DashboardStrings } from './strings';

// The pickers above a dashboard. Each is an ordinary labelled <select>; a change updates the
// URL query and the figures below it (no change of page or focus, WCAG 3.2.2).

type Props = {
  t: DashboardStrings;
  lang: string;
  period: string;
  onPeriod: (period: string) => void;
  levels?: { value: AreaLevel; options: readonly AreaLevel[]; onChange: (level: AreaLevel) => void };
  indicators?: { value: string; options: IndicatorDescription[]; onChange: (key: string) => void };
};

export function DashboardControls({ t, lang, period, onPeriod, levels, indicators }: Props) {
  const id = useId();
  const options = periodChoices(new Date(), 3, period);
  const label = (p: string) => {
    const [year, half] = p.split('-H');
    return half ? t.half(Number(year), Number(half) as 1 | 2) : t.year(Number(year));
  };
  return (
    <form className="dash-controls" aria-label={t.controls} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-period`}>
          {t.period}
        </label>
        <select id={`${id}-period`} name="period" value={period} onChange={(event) => onPeriod(event.target.value)}>
          <optgroup label={t.years}>
            {options.years.map((p) => (
              <option key={p} value={p}>
                {label(p)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t.halfYears}>
            {options.halfYears.map((p) => (
              <option key={p} value={p}>
                {label(p)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {levels ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-level`}>
            {t.level}
          </label>
          <select
            id={`${id}-level`}
            name="level"
            value={levels.value}
            onChange={(event) => levels.onChange(event.target.value as AreaLevel)}
          >
            {levels.options.map((level) => (
              <option key={level} value={level}>
                {t.levels[level]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {indicators && indicators.options.length > 0 ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-indicator`}>
            {t.chartIndicator}
          </label>
          <select
            id={`${id}-indicator`}
            name="indicator"
            value={indicators.value}
            onChange={(event) => indicators.onChange(event.target.value)}
          >
            {indicators.options.map((indicator) => (
              <option key={indicator.key} value={indicator.key}>
                {localized(indicator.title, lang)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="dash-controls__print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
    </form>
  );
}

/** The indicator for the charts: the one in the URL if this period publishes it, else the first. */
export function chartIndicator(requested: string | null, indicators: IndicatorDescription[]): IndicatorDescription | null {
  return indicators.find((indicator) => indicator.key === requested) ?? indicators[0] ?? null;
}
