import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { Me, StaffRole } from '../../lib/session';
import { Field, FormError } from '../staff/components/form';
import { requiredText, useStaffForm } from '../staff/components/use-staff-form';
import type { Region, StaffMeetingPlace } from '../staff/reference-data';
import { shellStrings, type ShellStrings } from '../staff/strings';
import { ROLE_AND_SCOPE_FIELDS, RoleAndScope, scopeForRole, scopeKindOf, type RoleAndScopeValues } from './role-and-scope';
import { usersStrings } from './strings';
import { createUser, type CreatedUser } from './users-api';

type CreateValues = { email: string } & RoleAndScopeValues;

/**
 * The browser asks for the email; its form, the role and the scope are the server's to judge
 * (its field errors appear by the fields in the page's language).
 */
function createSchema(shell: ShellStrings) {
  return z.object({
    email: requiredText(shell.required),
    role: z.custom<StaffRole>(),
    regions: z.array(z.string()),
    meetingPlaces: z.array(z.string()),
  });
}

export function CreateUserForm({
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
  const { form, onSubmit, busy, serverError, errorOf } = useStaffForm<CreateValues>({
    schema: createSchema(shellStrings(lang)),
    // The first role this account may give (a region analyst: coordinator).
    defaultValues: { email: '', role: me.capabilities.assignableRoles.includes('coordinator') ? 'coordinator' : me.capabilities.assignableRoles[0], regions: [], meetingPlaces: [] },
    lang,
    onValid: async ({ email, role, regions, meetingPlaces }, { reset, getValues }) => {
      const created = await createUser({
        email,
        role,
        ...(scopeKindOf(role) === 'none' ? {} : { scope: scopeForRole(role, { regions, meetingPlaces }) }),
      });
      // Ready for the next account of the same role.
      reset({ email: '', role: getValues('role'), regions: [], meetingPlaces: [] });
      onCreated(created);
    },
  });
  const role = useWatch({ control: form.control, name: 'role' });
  return (
    <section aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">{t.newUser}</h2>
      <form className="card staff-form staff-form--wide" onSubmit={onSubmit} noValidate>
        <FormError error={serverError} lang={lang} shownFields={['email', ...ROLE_AND_SCOPE_FIELDS]} />
        <Field id="new-user-email" label={t.email} error={errorOf('email')}>
          {(control) => <input {...control} {...form.register('email')} type="email" autoComplete="off" spellCheck={false} required />}
        </Field>
        <RoleAndScope
          idPrefix="new-user"
          lang={lang}
          me={me}
          role={role}
          places={places}
          regions={regions}
          register={(field) => form.register(field)}
          errorOf={errorOf}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t.creating : t.create}
        </button>
      </form>
    </section>
  );
}
