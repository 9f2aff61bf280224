import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// The staff accounts (GET /api/users) and their query keys: the users page and the audit log
// (which names accounts by their email) read the same list. The writes' bodies are typed by
// the API's OpenAPI document.

export type ManagedUser = Schema<'UserDto'>;
export type CreatedUser = Schema<'CreatedUserDto'>;
export type CreateUser = Schema<'CreateUserDto'>;
export type UpdateUser = Schema<'UpdateUserDto'>;

export const usersKeys = { all: ['users'] as const };

export const usersQueries = {
  list: () =>
    queryOptions({
      queryKey: [...usersKeys.all, 'list'],
      queryFn: ({ signal }) => answer<ManagedUser[]>(staffApi.GET('/api/users', { signal })),
    }),
};

export function createUser(body: CreateUser): Promise<CreatedUser> {
  return answer<CreatedUser>(staffApi.POST('/api/users', { body }));
}

export function updateUser(id: string, body: UpdateUser): Promise<ManagedUser> {
  return answer<ManagedUser>(staffApi.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}

/** A new temporary password for the account: shown once. */
export function issueTemporaryPassword(id: string): Promise<string> {
  return answer<Schema<'TemporaryPasswordDto'>>(staffApi.POST('/api/users/{id}/temporary-password', { params: { path: { id } } })).then(
    (result) => result.temporaryPassword,
  );
}
