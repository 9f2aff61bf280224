import { halfYearOf } from '../../../../../reports/periods';

/**
 * The years a yearly staff page offers, newest first: this year in Finland (as everywhere in
 * the app), `ahead` years after it (plans are made ahead) and the two before.
 */
export function recentYears({ ahead = 0 }: { ahead?: number } = {}): number[] {
  const { year } = halfYearOf(new Date());
  return Array.from({ length: ahead + 3 }, (_, i) => year + ahead - i);
}

/** A labelled select of `years` (the evaluation cycle, plans and the annual report are yearly). */
export function YearPicker({
  id,
  label,
  years,
  year,
  onChoose,
}: {
  id: string;
  label: string;
  years: number[];
  year: number;
  onChoose: (year: number) => void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={year} onChange={(event) => onChoose(Number(event.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
