import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { Me, StaffRole } from '../../lib/session';
import { ActiveSwitch } from '../staff/components/active-switch';
import { FormError } from '../staff/components/form';
import { useFocus } from '../staff/components/use-focus';
import { useStaffForm } from '../staff/components/use-staff-form';
import type { Region, StaffMeetingPlace } from '../staff/reference-data';
import { ROLE_AND_SCOPE_FIELDS, RoleAndScope, scopeForRole, type RoleAndScopeValues } from './role-and-scope';
import { usersStrings } from './strings';
import { issueTemporaryPassword, updateUser, type ManagedUser } from './users-api';

/** Role and scope are the server's to judge: its field errors appear by the fields. */
const editSchema = z.object({ role: z.custom<StaffRole>(), regions: z.array(z.string()), meetingPlaces: z.array(z.string()) });

/** Changes an account's role and scope, deactivates or reactivates it, or gives it a new temporary password. */
export function EditUserForm({
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
  const headingRef = useFocus<HTMLHeadingElement>();
  const { form, onSubmit, busy, serverError, errorOf, run } = useStaffForm<RoleAndScopeValues>({
    schema: editSchema,
    defaultValues: { role: user.role, regions: user.scope.regions, meetingPlaces: user.scope.meetingPlaces },
    lang,
    onValid: async ({ role, regions, meetingPlaces }) => {
      await updateUser(user.id, { role, scope: scopeForRole(role, { regions, meetingPlaces }) });
      onSaved(t.saved(user.email));
    },
  });
  const role = useWatch({ control: form.control, name: 'role' });

  function setActive(active: boolean) {
    void run(async () => {
      await updateUser(user.id, { active });
      onSaved(active ? t.reactivated(user.email) : t.deactivated(user.email));
    });
  }

  function newTemporaryPassword() {
    void run(async () => onTemporaryPassword(await issueTemporaryPassword(user.id)));
  }

  return (
    <section className="card" aria-labelledby="edit-user-heading">
      <h2 id="edit-user-heading" tabIndex={-1} ref={headingRef}>
        {t.editTitle(user.email)}
      </h2>
      <form className="staff-form staff-form--wide" onSubmit={onSubmit} noValidate>
        <FormError error={serverError} lang={lang} shownFields={ROLE_AND_SCOPE_FIELDS} />
        <RoleAndScope
          idPrefix="edit-user"
          lang={lang}
          me={me}
          role={role}
          places={places}
          regions={regions}
          register={(field) => form.register(field)}
          errorOf={errorOf}
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
      <ActiveSwitch labels={t} active={user.active} busy={busy} onSwitch={setActive}>
        <button type="button" className="button" disabled={busy} onClick={newTemporaryPassword}>
          {t.newTempPassword}
        </button>
      </ActiveSwitch>
    </section>
  );
}
