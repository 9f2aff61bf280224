import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// Export tokens (GET /api/export-tokens) and their query keys.

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
