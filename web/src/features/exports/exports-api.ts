import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// Export tokens (GET /api/export-tokens) with their query keys, and their writes.

export type ExportToken = Schema<'ExportTokenDto'>;
export type CreatedExportToken = Schema<'CreatedExportTokenDto'>;

export const exportTokenKeys = { all: ['export-tokens'] as const };

export const exportTokenQueries = {
  list: () =>
    queryOptions({
      queryKey: [...exportTokenKeys.all, 'list'],
      queryFn: ({ signal }) => answer<ExportToken[]>(staffApi.GET('/api/export-tokens', { signal })),
    }),
};

/** A new token: its secret is in this answer only. */
export function createExportToken(body: Schema<'CreateExportTokenDto'>): Promise<CreatedExportToken> {
  return answer<CreatedExportToken>(staffApi.POST('/api/export-tokens', { body }));
}

export function revokeExportToken(id: string): Promise<unknown> {
  return staffApi.POST('/api/export-tokens/{id}/revoke', { params: { path: { id } } });
}
