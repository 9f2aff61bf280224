import createClient from 'openapi-fetch';
import type { components, paths } from './api-schema';
import { sendStaffRequest } from './session';

// The typed client for staff endpoints: paths, parameters and answers come from the API's
// OpenAPI document (api-schema.d.ts), so a renamed field fails the web app's type check
// instead of a page at run time. Staff code only, like session.ts.

/** A schema of the API, by its DTO name: `Schema<'MeetingPlaceDto'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/**
 * Requests go through sendStaffRequest: the same cookies, CSRF header, 401 → login form and
 * ApiError as every other staff request. Because it throws on an error answer, the client's
 * `error` branch never happens and `data` is the answer.
 */
export const staffApi = createClient<paths>({ fetch: (request) => sendStaffRequest(request) });

/**
 * openapi-fetch's view of an answer: its Readable<T> maps a tuple (an interval's
 * [lower, upper]) to a plain array, which the dashboards cannot use.
 */
type AsOpenapiFetchSees<T> = T extends readonly (infer E)[]
  ? AsOpenapiFetchSees<E>[]
  : T extends object
    ? { [K in keyof T]: AsOpenapiFetchSees<T[K]> }
    : T;

/**
 * The answer of a staff API call (errors were already thrown as ApiError by sendStaffRequest),
 * typed as the API document declares it: name the schema, `answer<Schema<'RegionDto'>[]>(…)`;
 * the type check still fails when the call's answer has another shape.
 */
export async function answer<T>(call: Promise<{ data?: AsOpenapiFetchSees<T> }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
