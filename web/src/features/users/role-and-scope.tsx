import { useMemo, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { localized } from '../../lib/i18n';
import type { Me, StaffRole, StaffScope } from '../../lib/session';
import { Field } from '../staff/components/form';
import { canManageRegion } from '../staff/place-permissions';
import { byName, type Region, type StaffMeetingPlace } from '../staff/reference-data';
import { shellStrings } from '../staff/strings';
import { usersStrings } from './strings';

/**
 * What an account of `role` is scoped to, the API's rule (api/src/access/roles.ts, PLACE_ROLES;
 * the API refuses any other scope): region analysts to regions, coordinators and steering
 * groups to meeting places, admins to nothing. This is about the account being edited, not about
 * what the person at the screen may do (that is the server's capabilities).
 */
export function scopeKindOf(role: StaffRole): 'regions' | 'meetingPlaces' | 'none' {
  switch (role) {
    case 'region-analyst':
      return 'regions';
    case 'coordinator':
    case 'steering-group':
      return 'meetingPlaces';
    default:
      return 'none';
  }
}

/** The scope that goes with a role: only the list its kind takes. */
export function scopeForRole(role: StaffRole, scope: StaffScope): StaffScope {
  const kind = scopeKindOf(role);
  return { regions: kind === 'regions' ? scope.regions : [], meetingPlaces: kind === 'meetingPlaces' ? scope.meetingPlaces : [] };
}

/** The role and scope fields of a user form. */
export type RoleAndScopeValues = { role: StaffRole } & StaffScope;

/** The server's field errors shown by these fields (for FormError's `shownFields`). */
export const ROLE_AND_SCOPE_FIELDS = ['role', 'scope.regions', 'scope.meetingPlaces'];

/** Roles and scope, shared by the create and edit forms: the scope's checkboxes follow the chosen role. */
export function RoleAndScope({
  idPrefix,
  lang,
  me,
  role,
  places,
  regions,
  register,
  errorOf,
}: {
  idPrefix: string;
  lang: string;
  me: Me;
  /** The role chosen now. */
  role: StaffRole;
  places: StaffMeetingPlace[];
  regions: Region[];
  register: (field: keyof RoleAndScopeValues) => UseFormRegisterReturn;
  errorOf: (field: string) => string | undefined;
}) {
  const t = usersStrings(lang);
  const shell = shellStrings(lang);
  // An analyst can only give places of its own regions.
  const placeChoices = useMemo(
    () =>
      places
        .filter((p) => canManageRegion(me, p.regionCode))
        .sort(byName((p: StaffMeetingPlace) => localized(p.name, lang), lang)),
    [places, me, lang],
  );
  const placeRegions = regions.filter((r) => placeChoices.some((p) => p.regionCode === r.code));
  const kind = scopeKindOf(role);

  return (
    <>
      <Field id={`${idPrefix}-role`} label={t.role} error={errorOf('role')}>
        {(control) => (
          <select {...control} {...register('role')}>
            {me.capabilities.assignableRoles.map((r) => (
              <option key={r} value={r}>
                {shell.roles[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'none' ? <p className="muted">{t.adminScope}</p> : null}
      {kind === 'regions' ? (
        <ScopeFieldset id={`${idPrefix}-regions`} legend={t.regions} hint={t.regionsHint} error={errorOf('regions') ?? errorOf('scope.regions')}>
          <div className="form-grid">
            {regions.map((region) => (
              <label key={region.code} className="choice">
                <input type="checkbox" value={region.code} {...register('regions')} />
                {region.code} {localized(region.name, lang)}
              </label>
            ))}
          </div>
        </ScopeFieldset>
      ) : null}
      {kind === 'meetingPlaces' ? (
        <ScopeFieldset
          id={`${idPrefix}-places`}
          legend={t.places}
          hint={t.placesHint}
          error={errorOf('meetingPlaces') ?? errorOf('scope.meetingPlaces')}
        >
          {placeRegions.map((region) => (
            <fieldset key={region.code} className="fieldset">
              <legend>{localized(region.name, lang)}</legend>
              <div className="form-grid">
                {placeChoices
                  .filter((p) => p.regionCode === region.code)
                  .map((place) => (
                    <label key={place.id} className="choice">
                      <input type="checkbox" value={place.slug} {...register('meetingPlaces')} />
                      {localized(place.name, lang)}
                    </label>
                  ))}
              </div>
            </fieldset>
          ))}
        </ScopeFieldset>
      ) : null}
    </>
  );
}

/** A group of scope checkboxes with its hint and, after a failed save, its error; both are read out with the group. */
function ScopeFieldset(props: { id: string; legend: string; hint: string; error?: string; children: ReactNode }) {
  const describedBy = props.error ? `${props.id}-hint ${props.id}-error` : `${props.id}-hint`;
  return (
    <fieldset className={props.error ? 'fieldset field--error' : 'fieldset'} aria-describedby={describedBy}>
      <legend>{props.legend}</legend>
      <p className="field__hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      {props.error ? (
        <p className="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </fieldset>
  );
}
