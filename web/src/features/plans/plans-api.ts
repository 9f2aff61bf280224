import { queryOptions } from '@tanstack/react-query';
import { answer, staffApi, type Schema } from '../../lib/staff-api';

// Evaluation plans, co-development days and reminders (api/src/plans), and their query keys.

export type Plan = Schema<'PlanDto'>;
export type PlanActivity = Schema<'PlanActivityDto'>;
export type PlanTarget = Schema<'PlanTargetDto'>;
export type CoDevelopmentDay = Schema<'CoDevelopmentDayDto'>;
export type CopyPlansResult = Schema<'CopyPlansResultDto'>;
export type PlanReminders = Schema<'PlanRemindersDto'>;

export const plansKeys = { all: ['plans'] as const };

export const plansQueries = {
  plan: (slug: string, year: number) =>
    queryOptions({
      queryKey: [...plansKeys.all, 'plan', slug, year],
      queryFn: ({ signal }) => answer<Plan>(staffApi.GET('/api/meeting-places/{slugOrId}/plans/{year}', { params: { path: { slugOrId: slug, year: String(year) } }, signal })),
    }),
  days: (slug: string, year: number) =>
    queryOptions({
      queryKey: [...plansKeys.all, 'days', slug, year],
      queryFn: ({ signal }) =>
        answer<CoDevelopmentDay[]>(
          staffApi.GET('/api/meeting-places/{slugOrId}/co-development-days', { params: { path: { slugOrId: slug }, query: { year: String(year) } }, signal }),
        ),
    }),
  reminders: () =>
    queryOptions({
      queryKey: [...plansKeys.all, 'reminders'],
      queryFn: ({ signal }) => answer<PlanReminders>(staffApi.GET('/api/plans/reminders', { signal })),
    }),
};
