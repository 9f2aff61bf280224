import { useCallback, useMemo } from 'react';
import { navigate, useLocationHref } from '../../lib/router';
import type { AreaLevel } from './indicators-api';
import { defaultPeriod, isPeriod } from '../../../../reports/periods';


// Everything a dashboard shows is chosen in the URL query (period, level, indicator, sort), so
// a view can be bookmarked, reloaded and sent to the steering group as a link.

export type SortDirection = 'ascending' | 'descending';

export interface DashboardQuery {
  period: string;
  indicator: string | null;
  level: string | null;
  sort: string | null;
  dir: SortDirection | null;
}

/** The dashboard's query parameters, and a setter that keeps the others (and ?lang). */
export function useDashboardQuery(): [DashboardQuery, (changes: Partial<Record<keyof DashboardQuery, string | null>>) => void] {
  const href = useLocationHref();
  const search = href.includes('?') ? href.slice(href.indexOf('?')) : '';
  const query = useMemo<DashboardQuery>(() => {
    const params = new URLSearchParams(search);
    const period = params.get('period');
    const dir = params.get('dir');
    return {
      period: isPeriod(period) ? period : defaultPeriod(new Date()),
      indicator: params.get('indicator'),
      level: params.get('level'),
      sort: params.get('sort'),
      dir: dir === 'ascending' || dir === 'descending' ? dir : null,
    };
  }, [search]);

  const update = useCallback((changes: Partial<Record<keyof DashboardQuery, string | null>>) => {
    const params = new URLSearchParams(window.location.search);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === undefined || value === '') params.delete(name);
      else params.set(name, value);
    }
    const text = params.toString();
    // Replace, not push: changing a picker is not a new page, and Back should leave the report.
    navigate(`${window.location.pathname}${text ? `?${text}` : ''}`, { replace: true });
  }, []);

  return [query, update];
}

/** A level from the URL if the view offers it, else the view's first. */
export function pickLevel<L extends AreaLevel>(requested: string | null, offered: readonly L[]): L {
  return (offered as readonly string[]).includes(requested ?? '') ? (requested as L) : offered[0];
}

/** `path` with the dashboard's shared state (period, indicator, lang) carried over. */
export function dashboardHref(path: string, query: DashboardQuery, keep: Array<keyof DashboardQuery> = ['period', 'indicator']): string {
  const current = new URLSearchParams(window.location.search);
  const params = new URLSearchParams();
  for (const name of keep) {
    const value = current.get(name);
    if (value) params.set(name, value);
    else if (name === 'period' && query.period) params.set('period', query.period);
  }
  const lang = current.get('lang');
  if (lang) params.set('lang', lang);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

