import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import type { Me } from '../../lib/session';
import { formatDateTime } from '../staff/components/date-time';
import { ActiveTag, EditButton } from '../staff/components/row-controls';
import { byName, type Region, type StaffMeetingPlace } from '../staff/reference-data';
import { shellStrings } from '../staff/strings';
import { usersStrings } from './strings';
import type { ManagedUser } from './users-api';

/** The account's scope in words: its regions, or its places, by name; '—' for none (admins). */
function scopeText(user: ManagedUser, places: StaffMeetingPlace[], regions: Region[], lang: string): string {
  const regionNames = user.scope.regions.map((code) => localized(regions.find((r) => r.code === code)?.name, lang) || code);
  const placeNames = user.scope.meetingPlaces.map(
    (slug) => localized(places.find((p) => p.slug === slug || p.id === slug)?.name, lang) || slug,
  );
  return [...regionNames, ...placeNames].join(', ') || '—';
}

/** The accounts this person manages, by email; its own is listed without an Edit button. */
export function UsersTable({
  lang,
  users,
  places,
  regions,
  me,
  onEdit,
}: {
  lang: string;
  users: ManagedUser[];
  places: StaffMeetingPlace[];
  regions: Region[];
  me: Me;
  onEdit: (id: string) => void;
}) {
  const t = usersStrings(lang);
  const shell = shellStrings(lang);
  const sorted = [...users].sort(byName((u: ManagedUser) => u.email, lang));
  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{t.accounts}</h2>
      {sorted.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollTable
          id="accounts"
          caption={`${t.accounts} (${sorted.length})`}
          columns={[t.email, t.role, t.scope, t.status, t.lastLogin, t.actions].map((label) => ({ label }))}
        >
          {sorted.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.email}</th>
              <td>{shell.roles[user.role] ?? user.role}</td>
              <td>{scopeText(user, places, regions, lang)}</td>
              <td>
                <ActiveTag active={user.active} labels={t} />
                {user.mustChangePassword ? (
                  <>
                    {' '}
                    <span className="tag">{t.mustChange}</span>
                  </>
                ) : null}
                {user.locked ? (
                  <>
                    {' '}
                    <span className="tag tag--error">{t.locked}</span>
                  </>
                ) : null}
              </td>
              <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, lang) : t.never}</td>
              <td>
                {user.email === me.email ? (
                  <span className="muted">{t.ownAccount}</span>
                ) : (
                  <EditButton id={`edit-${user.id}`} name={t.editFor(user.email)} text={t.edit} onClick={() => onEdit(user.id)} />
                )}
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
