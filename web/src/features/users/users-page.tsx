import { useQueryClient } from '@tanstack/react-query';
import { refreshAfterWrite } from '../../lib/query-client';
import { useState } from 'react';
import { useSession } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed, StatusMessage } from '../staff/components/form';
import { OneTimeSecret } from '../staff/components/one-time-secret';
import { referenceQueries } from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { CreateUserForm } from './create-user-form';
import { EditUserForm } from './edit-user-form';
import { usersStrings } from './strings';
import { usersKeys, usersQueries } from './users-api';
import { UsersTable } from './users-table';

// /staff/users: admins manage every account; a region analyst manages the coordinator and
// steering-group accounts of its regions' places (the API enforces both).

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
  const reload = () => void refreshAfterWrite(queryClient, usersKeys.all);
  const [editing, setEditing] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ password: string; text: string } | null>(null);

  if (!me) return null;
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!usersQuery.data || !placesQuery.data || !regionsQuery.data) return <Loading lang={lang} />;
  const [users, places, regions] = [usersQuery.data, placesQuery.data, regionsQuery.data];
  const editedUser = users.find((u) => u.id === editing) ?? null;

  return (
    <>
      <p>{me.capabilities.wholeCountry ? t.intro : t.analystIntro}</p>
      <StatusMessage>{flash}</StatusMessage>
      {secret ? (
        <OneTimeSecret
          key={secret.password}
          id="temp-password-heading"
          heading={secret.text}
          label={t.tempPassword}
          secret={secret.password}
          testId="temporary-password"
          note={t.tempPasswordNote}
          lang={lang}
          onDone={() => setSecret(null)}
        />
      ) : null}
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
            setSecret({ password, text: t.newTempPasswordDone(editedUser.email) });
            setEditing(null);
            reload();
          }}
        />
      ) : null}
      <UsersTable
        lang={lang}
        users={users}
        places={places}
        regions={regions}
        me={me}
        onEdit={(id) => {
          setFlash(null);
          setEditing(id);
        }}
      />
      <CreateUserForm
        lang={lang}
        me={me}
        places={places}
        regions={regions}
        onCreated={(user) => {
          setFlash(null);
          setSecret({ password: user.temporaryPassword, text: t.created(user.email) });
          reload();
        }}
      />
    </>
  );
}
