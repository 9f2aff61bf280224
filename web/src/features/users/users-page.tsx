import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ScrollTable } from '../../components/scroll-table';
import { localized } from '../../lib/i18n';
import { staffFetch, useSession, type Me, type StaffRole } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { CopyButton } from '../staff/components/copy-button';
import { formatDateTime } from '../staff/components/date-time';
import { Field, fieldErrors, FormError, Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { byName, referenceQueries, type Region, type StaffMeetingPlace } from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { shellStrings, useStaffLanguage } from '../staff/strings';
import { usersStrings, type UsersStrings } from './strings';
import { canManageRegion } from '../staff/place-permissions';
import { usersKeys, usersQueries, type CreatedUser, type ManagedUser } from './users-api';

// /staff/users: admins manage every account; a region analyst manages the coordinator and
// steering-group accounts of its regions' places (the API enforces both).

type Scope = { regions: string[]; meetingPlaces: string[] };

const PLACE_ROLES: StaffRole[] = ['coordinator', 'steering-group'];

/** The roles the server lets this account give (a region analyst: place roles only). */
function rolesYouCanGive(me: Me): StaffRole[] {
  return me.capabilities.assignableRoles;
}

/** The scope that goes with a role: regions for analysts, places for place roles, nothing for admins. */
function scopeForRole(role: StaffRole, scope: Scope): Scope {
  if (role === 'region-analyst') return { regions: scope.regions, meetingPlaces: [] };
  if (PLACE_ROLES.includes(role)) return { regions: [], meetingPlaces: scope.meetingPlaces };
  return { regions: [], meetingPlaces: [] };
}

export default function UsersPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={usersStrings(lang).title} section="users">
      <Users lang={lang} />
    </StaffLayout>
  );
}

function Users({ lang }: { lang: string }) {
  const t = usersStrings(lang);
  const { me } = useSession();
  const queryClient = useQueryClient();
  const usersQuery = useStaffQuery(usersQueries.list());
  const placesQuery = useStaffQuery(referenceQueries.meetingPlaces());
  const regionsQuery = useStaffQuery(referenceQueries.regions());
  const loading = together(usersQuery, placesQuery, regionsQuery);
  // The list stays on screen while it is refetched after a change (focus and the "saved"
  // message stay where they are).
  const reload = () => void queryClient.invalidateQueries({ queryKey: usersKeys.all });
  const [editing, setEditing] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ email: string; password: string; text: string } | null>(null);

  if (!me) return null;
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!usersQuery.data || !placesQuery.data || !regionsQuery.data) return <Loading lang={lang} />;
  const [users, places, regions] = [usersQuery.data, placesQuery.data, regionsQuery.data];
  const editedUser = users.find((u) => u.id === editing) ?? null;

  return (
    <>
      <p>{me.capabilities.wholeCountry ? t.intro : t.analystIntro}</p>
      <StatusMessage>{flash}</StatusMessage>
      {secret ? <TemporaryPassword lang={lang} t={t} {...secret} onDone={() => setSecret(null)} /> : null}
      {editedUser ? (
        <EditUserForm
          key={editedUser.id}
          lang={lang}
          me={me}
          user={editedUser}
          places={places}
          regions={regions}
          onCancel={() => {
            const id = editedUser.id;
            setEditing(null);
            requestAnimationFrame(() => document.getElementById(`edit-${id}`)?.focus());
          }}
          onSaved={(message) => {
            setFlash(message);
            setEditing(null);
            reload();
          }}
          onTemporaryPassword={(password) => {
            setSecret({ email: editedUser.email, password, text: t.newTempPasswordDone(editedUser.email) });
            setEditing(null);
            reload();
          }}
        />
      ) : null}
      <UsersTable lang={lang} users={users} places={places} regions={regions} me={me} onEdit={(id) => {
        setFlash(null);
        setEditing(id);
      }} />
      <CreateUserForm
        lang={lang}
        me={me}
        places={places}
        regions={regions}
        onCreated={(user) => {
          setFlash(null);
          setSecret({ email: user.email, password: user.temporaryPassword, text: t.created(user.email) });
          reload();
        }}
      />
    </>
  );
}

function TemporaryPassword({
  lang,
  t,
  password,
  text,
  onDone,
}: {
  lang: string;
  t: UsersStrings;
  email: string;
  password: string;
  text: string;
  onDone: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="card status-message" tabIndex={-1} ref={ref} aria-labelledby="temp-password-heading">
      <h2 id="temp-password-heading">{text}</h2>
      <p>
        {t.tempPassword}: <span className="secret" data-testid="temporary-password">{password}</span>
      </p>
      <p className="inline-actions">
        <CopyButton text={password} lang={lang} />
        <button type="button" className="button button--small" onClick={onDone}>
          OK
        </button>
      </p>
      <p>{t.tempPasswordNote}</p>
    </section>
  );
}

function scopeText(user: ManagedUser, places: StaffMeetingPlace[], regions: Region[], lang: string): string {
  if (user.role === 'admin') return '—';
  if (user.role === 'region-analyst') {
    return user.scope.regions.map((code) => localized(regions.find((r) => r.code === code)?.name, lang) || code).join(', ');
  }
  return (
    user.scope.meetingPlaces
      .map((slug) => localized(places.find((p) => p.slug === slug || p.id === slug)?.name, lang) || slug)
      .join(', ') || '—'
  );
}

function UsersTable({
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
                <span className={user.active ? 'tag tag--ok' : 'tag tag--inactive'}>{user.active ? t.active : t.inactive}</span>
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
                  <button
                    type="button"
                    id={`edit-${user.id}`}
                    className="button button--small"
                    aria-label={t.editFor(user.email)}
                    onClick={() => onEdit(user.id)}
                  >
                    {t.edit}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}

/** Roles and scope, shared by the create and edit forms. */
function RoleAndScope({
  idPrefix,
  lang,
  me,
  role,
  scope,
  places,
  regions,
  errors,
  onRole,
  onScope,
}: {
  idPrefix: string;
  lang: string;
  me: Me;
  role: StaffRole;
  scope: Scope;
  places: StaffMeetingPlace[];
  regions: Region[];
  errors: Record<string, string>;
  onRole: (role: StaffRole) => void;
  onScope: (scope: Scope) => void;
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

  function toggle(list: string[], value: string, on: boolean): string[] {
    return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
  }

  return (
    <>
      <Field id={`${idPrefix}-role`} label={t.role} error={errors.role}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => onRole(e.target.value as StaffRole)}>
            {rolesYouCanGive(me).map((r) => (
              <option key={r} value={r}>
                {shell.roles[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {role === 'admin' ? <p className="muted">{t.adminScope}</p> : null}
      {role === 'region-analyst' ? (
        <ScopeFieldset id={`${idPrefix}-regions`} legend={t.regions} hint={t.regionsHint} error={errors['scope.regions']}>
          <div className="form-grid">
            {regions.map((region) => (
              <label key={region.code} className="choice">
                <input
                  type="checkbox"
                  checked={scope.regions.includes(region.code)}
                  onChange={(e) => onScope({ ...scope, regions: toggle(scope.regions, region.code, e.target.checked) })}
                />
                {region.code} {localized(region.name, lang)}
              </label>
            ))}
          </div>
        </ScopeFieldset>
      ) : null}
      {PLACE_ROLES.includes(role) ? (
        <ScopeFieldset id={`${idPrefix}-places`} legend={t.places} hint={t.placesHint} error={errors['scope.meetingPlaces']}>
          {placeRegions.map((region) => (
            <fieldset key={region.code} className="fieldset">
              <legend>{localized(region.name, lang)}</legend>
              <div className="form-grid">
                {placeChoices
                  .filter((p) => p.regionCode === region.code)
                  .map((place) => (
                    <label key={place.id} className="choice">
                      <input
                        type="checkbox"
                        value={place.slug}
                        checked={scope.meetingPlaces.includes(place.slug)}
                        onChange={(e) =>
                          onScope({ ...scope, meetingPlaces: toggle(scope.meetingPlaces, place.slug, e.target.checked) })
                        }
                      />
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

function CreateUserForm({
  lang,
  me,
  places,
  regions,
  onCreated,
}: {
  lang: string;
  me: Me;
  places: StaffMeetingPlace[];
  regions: Region[];
  onCreated: (user: CreatedUser) => void;
}) {
  const t = usersStrings(lang);
  const shell = shellStrings(lang);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('coordinator');
  const [scope, setScope] = useState<Scope>({ regions: [], meetingPlaces: [] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingEmail, setMissingEmail] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) {
      setMissingEmail(true);
      document.getElementById('new-user-email')?.focus();
      return;
    }
    setMissingEmail(false);
    setBusy(true);
    setError(null);
    try {
      const created = await staffFetch<CreatedUser>('/api/users', {
        method: 'POST',
        json: { email: email.trim(), role, ...(role === 'admin' ? {} : { scope: scopeForRole(role, scope) }) },
      });
      setEmail('');
      setScope({ regions: [], meetingPlaces: [] });
      onCreated(created);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const errors = fieldErrors(error, lang);
  return (
    <section aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">{t.newUser}</h2>
      <form className="card staff-form staff-form--wide" onSubmit={submit} noValidate>
        <FormError error={error} lang={lang} shownFields={['email', 'role', 'scope.regions', 'scope.meetingPlaces']} />
        <Field id="new-user-email" label={t.email} error={missingEmail ? shell.required : errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
            />
          )}
        </Field>
        <RoleAndScope
          idPrefix="new-user"
          lang={lang}
          me={me}
          role={role}
          scope={scope}
          places={places}
          regions={regions}
          errors={errors}
          onRole={setRole}
          onScope={setScope}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.creating : t.create}
        </button>
      </form>
    </section>
  );
}

function EditUserForm({
  lang,
  me,
  user,
  places,
  regions,
  onCancel,
  onSaved,
  onTemporaryPassword,
}: {
  lang: string;
  me: Me;
  user: ManagedUser;
  places: StaffMeetingPlace[];
  regions: Region[];
  onCancel: () => void;
  onSaved: (message: string) => void;
  onTemporaryPassword: (password: string) => void;
}) {
  const t = usersStrings(lang);
  const [role, setRole] = useState<StaffRole>(user.role);
  const [scope, setScope] = useState<Scope>(user.scope);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await staffFetch(`/api/users/${encodeURIComponent(user.id)}`, {
        method: 'PATCH',
        json: { role, scope: scopeForRole(role, scope) },
      });
      onSaved(t.saved(user.email));
    });
  }

  function setActive(active: boolean) {
    void run(async () => {
      await staffFetch(`/api/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', json: { active } });
      onSaved(active ? t.reactivated(user.email) : t.deactivated(user.email));
    });
  }

  function newTemporaryPassword() {
    void run(async () => {
      const result = await staffFetch<{ temporaryPassword: string }>(
        `/api/users/${encodeURIComponent(user.id)}/temporary-password`,
        { method: 'POST' },
      );
      onTemporaryPassword(result.temporaryPassword);
    });
  }

  const errors = fieldErrors(error, lang);
  return (
    <section className="card" aria-labelledby="edit-user-heading">
      <h2 id="edit-user-heading" tabIndex={-1} ref={headingRef}>
        {t.editTitle(user.email)}
      </h2>
      <form className="staff-form staff-form--wide" onSubmit={save} noValidate>
        <FormError error={error} lang={lang} shownFields={['role', 'scope.regions', 'scope.meetingPlaces']} />
        <RoleAndScope
          idPrefix="edit-user"
          lang={lang}
          me={me}
          role={role}
          scope={scope}
          places={places}
          regions={regions}
          errors={errors}
          onRole={setRole}
          onScope={setScope}
        />
        <p className="inline-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t.saving : t.save}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t.cancel}
          </button>
        </p>
      </form>
      <p className="inline-actions">
        {user.active ? (
          <button type="button" className="button button--danger" disabled={busy} onClick={() => setActive(false)}>
            {t.deactivate}
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => setActive(true)}>
            {t.reactivate}
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={newTemporaryPassword}>
          {t.newTempPassword}
        </button>
      </p>
    </section>
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
