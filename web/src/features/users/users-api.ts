import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// The staff accounts (GET /api/users) and their query keys: the users page and the audit log
// (which names accounts by their email) read the same list.

export type ManagedUser = Schema<'UserDto'>;
export type CreatedUser = Schema<'CreatedUserDto'>;

export const usersKeys = { all: ['users'] as const };

export const usersQueries = {
  list: () =>
    queryOptions({
      queryKey: [...usersKeys.all, 'list'],
      queryFn: ({ signal }) => answer<ManagedUser[]>(staffApi.GET('/api/users', { signal })),
    }),
};
