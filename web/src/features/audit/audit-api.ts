import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// The audit log (GET /api/audit-log) and its query keys.

export type AuditEvent = Schema<'AuditEventDto'>;
export type AuditLogPage = Schema<'AuditLogPageDto'>;

export const auditQueries = {
  /** One page of events, newest first; `action` empty for every action. */
  page: (page: number, pageSize: number, action: string) =>
    queryOptions({
      queryKey: ['audit-log', page, pageSize, action],
      queryFn: ({ signal }) =>
        answer<AuditLogPage>(staffApi.GET('/api/audit-log', { params: { query: { page, pageSize, ...(action ? { action } : {}) } }, signal })),
      // Previous/Next and the action filter keep the old page on screen until the new one is in.
      placeholderData: keepPreviousData,
    }),
};
