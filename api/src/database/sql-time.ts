import type { DataSource } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';

/**
 * An instant as a parameter of raw SQL against a timestamp column. TypeORM converts dates only
 * for entities; SQLite keeps timestamps as UTC text ("2026-12-06 10:00:00.000"), which then
 * compares in time order, and PostgreSQL takes the Date itself.
 */
export function toSqlInstant(dataSource: DataSource, instant: Date): Date | string {
  return dataSource.options.type === 'postgres' ? instant : DateUtils.mixedDateToUtcDatetimeString(instant);
}

/** A timestamp read by raw SQL: a Date from PostgreSQL, UTC text from SQLite. */
export function fromSqlInstant(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
