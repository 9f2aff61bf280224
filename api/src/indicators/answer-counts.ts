import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { INDICATOR_CATALOGUE, InstrumentKey, itemNamesOf } from '../../../reports/indicator-catalogue';
import { Clock } from '../common/clock';
import { halfYearOf } from '../../../reports/periods';
import { AnswerRevision } from '../responses/answer-revision.entity';
import { isClosedHalf } from '../../../reports/periods';

/** How many respondents gave `value` to `question` at one place in one half-year. */
export interface AnswerCount {
  question: string;
  placeId: string;
  value: number;
  count: number;
}

/** One half-year of one instrument: its answer counts, grouped by item. */
export type HalfYearCounts = ReadonlyMap<string, readonly AnswerCount[]>;

/** The items each instrument's indicators read: one query reads them all at once. */
const ITEMS_BY_INSTRUMENT = new Map<InstrumentKey, string[]>();
for (const indicator of INDICATOR_CATALOGUE) {
  const items = ITEMS_BY_INSTRUMENT.get(indicator.instrument) ?? [];
  ITEMS_BY_INSTRUMENT.set(indicator.instrument, [...new Set([...items, ...itemNamesOf(indicator)])].sort());
}

/**
 * A closed half-year rarely changes: answers are stamped with the time they arrive, and only
 * paper imports and late answers write into the past — and every such write raises the
 * half-year's revision in the database (ResponsesService.store). Counts of a closed half-year
 * are kept with the revision they were read at and used while it is unchanged, so "previous
 * period" and time series cost one small query instead of an aggregate, on every instance.
 * A half-year is kept only once it has been closed this long, so a write that began while it
 * was open (and so raised no revision) has committed before anything is kept.
 */
const SETTLE_MS = 60 * 60 * 1000;

/**
 * Reads answer counts with one statement per instrument and year over the covering index
 * idx_answer_item_period_place (survey_key, question_name, period_year, period_half,
 * meeting_place_id, value_number): an index-only scan in index order, no join, no sort, and no
 * answer row ever reaches JavaScript, only one row per item × half × place × answer value.
 * Counting by value (rather than SUM(CASE …) per indicator) is also the faster aggregate, and
 * serves shares of any answer set and means alike.
 */
@Injectable()
export class AnswerCountReader {
  private readonly cache = new Map<string, { revision: number; counts: HalfYearCounts }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Both halves of a year; a settled closed half comes from the cache while its revision holds. */
  async countsFor(instrument: InstrumentKey, year: number): Promise<[HalfYearCounts, HalfYearCounts]> {
    const settled = halfYearOf(new Date(this.clock.now().getTime() - SETTLE_MS));
    const keepable = ([1, 2] as const).filter((half) => isClosedHalf(year, half, settled));
    // Read before the counts: a write that lands in between makes the kept counts newer than
    // their revision, never older, and the next read sees the raised revision.
    const revisions = keepable.length > 0 ? await this.revisionsOf(instrument, year) : new Map<number, number>();
    const cached = ([1, 2] as const).map((half) => {
      const entry = this.cache.get(cacheKey(instrument, year, half));
      return entry && keepable.includes(half) && entry.revision === (revisions.get(half) ?? 0) ? entry.counts : undefined;
    });
    const missing = ([1, 2] as const).filter((half) => !cached[half - 1]);
    if (missing.length > 0) {
      const read = await this.query(instrument, year, missing.length === 1 ? missing[0] : null);
      for (const half of missing) {
        const counts = read[half - 1];
        cached[half - 1] = counts;
        if (keepable.includes(half)) this.cache.set(cacheKey(instrument, year, half), { revision: revisions.get(half) ?? 0, counts });
      }
    }
    return [cached[0]!, cached[1]!];
  }

  /** The revisions of a year's halves (absent: never written into after closing). */
  private async revisionsOf(instrument: InstrumentKey, year: number): Promise<Map<number, number>> {
    const rows = await this.dataSource.getRepository(AnswerRevision).find({
      select: ['periodHalf', 'revision'],
      where: { surveyKey: instrument, periodYear: year },
    });
    return new Map(rows.map((row) => [Number(row.periodHalf), Number(row.revision)]));
  }

  /** The first and last year with answers to any of the items, or null without answers. */
  async yearsWithAnswers(instrument: InstrumentKey, items: string[]): Promise<{ first: number; last: number } | null> {
    let first = Infinity;
    let last = -Infinity;
    // One MIN and one MAX per item: each is a single seek in the covering index.
    for (const item of items) {
      for (const aggregate of ['MIN', 'MAX'] as const) {
        const row = await this.dataSource
          .createQueryBuilder()
          .select(`${aggregate}(a.period_year)`, 'year')
          .from('response_answer', 'a')
          .where('a.survey_key = :instrument AND a.question_name = :item', { instrument, item })
          .getRawOne<{ year: number | string | null }>();
        if (row?.year === null || row?.year === undefined) continue;
        first = Math.min(first, Number(row.year));
        last = Math.max(last, Number(row.year));
      }
    }
    return Number.isFinite(first) ? { first, last } : null;
  }


  private async query(instrument: InstrumentKey, year: number, half: 1 | 2 | null): Promise<[HalfYearCounts, HalfYearCounts]> {
    const items = ITEMS_BY_INSTRUMENT.get(instrument) ?? [];
    const halves: [Map<string, AnswerCount[]>, Map<string, AnswerCount[]>] = [new Map(), new Map()];
    if (items.length === 0) return halves;
    // One GROUP BY per item, joined with UNION ALL into one statement: each part reads its item's
    // slice of the index in order, so both engines aggregate while they scan. (With
    // "question_name IN (…)" PostgreSQL reads the slices unordered and sorts them first: 2–3×
    // slower on a million responses.)
    const parameters: Record<string, unknown> = { instrument, year, half };
    const parts = items.map((item, i) => {
      parameters[`item${i}`] = item;
      return (
        'SELECT question_name AS question, period_half AS half, meeting_place_id AS place, value_number AS value, COUNT(*) AS answers ' +
        `FROM response_answer WHERE survey_key = :instrument AND question_name = :item${i} AND period_year = :year` +
        (half === null ? '' : ' AND period_half = :half') +
        ' AND value_number IS NOT NULL GROUP BY question_name, period_year, period_half, meeting_place_id, value_number'
      );
    });
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(parts.join(' UNION ALL '), parameters, {});
    const rows: { question: string; half: number | string; place: string; value: number | string; answers: number | string }[] =
      await this.dataSource.query(sql, values);
    for (const row of rows) {
      const target = halves[Number(row.half) === 1 ? 0 : 1];
      let list = target.get(row.question);
      if (!list) target.set(row.question, (list = []));
      list.push({ question: row.question, placeId: row.place, value: Number(row.value), count: Number(row.answers) });
    }
    return halves;
  }
}

const cacheKey = (instrument: string, year: number, half: number) => `${instrument}|${year}|${half}`;
