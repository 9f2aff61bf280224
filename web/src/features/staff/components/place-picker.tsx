import { localized } from '../../../lib/i18n';
import { byName, type StaffMeetingPlace } from '../reference-data';

/**
 * The meeting place a per-place staff page (rounds, kiosks) shows: a select of the places the
 * page offers, sorted by name. `chosen` is the slug picked, '' for the first.
 */
export function PlacePicker({
  id,
  label,
  places,
  chosen,
  onChoose,
  lang,
}: {
  id: string;
  label: string;
  places: StaffMeetingPlace[];
  chosen: StaffMeetingPlace;
  onChoose: (slug: string) => void;
  lang: string;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={chosen.slug} onChange={(event) => onChoose(event.target.value)}>
        {places.map((p) => (
          <option key={p.slug} value={p.slug}>
            {localized(p.name, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The places a page offers, by name, and the one picked (the first until one is). */
export function pickPlace(
  places: StaffMeetingPlace[],
  offered: (place: StaffMeetingPlace) => boolean,
  chosen: string,
  lang: string,
): { offered: StaffMeetingPlace[]; place: StaffMeetingPlace | undefined } {
  const list = places
    .filter((place) => place.active && offered(place))
    .sort(byName((p: StaffMeetingPlace) => localized(p.name, lang), lang));
  return { offered: list, place: list.find((p) => p.slug === chosen) ?? list[0] };
}
