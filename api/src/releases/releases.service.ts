import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import type { CellStatus } from '../../../reports/disclosure';
import { INDICATOR_CATALOGUE, IndicatorDefinition, itemNamesOf } from '../../../reports/indicator-catalogue';
import { addTallies, EMPTY_TALLY, Tally, tallyOf } from '../../../reports/indicator-math';
import { PeriodCoverage, periodCoverage } from '../../../reports/instruments';
import {
  formatPeriod,
  halfYearOf,
  helsinkiDateOf,
  parsePeriod,
  periodBounds,
  periodsBetween,
  periodTypeOf,
  ReportingPeriod,
} from '../../../reports/periods';
import { IntegerSolver, loadIntegerSolver } from '../../../reports/bound-inference';
import { AuditAtom, auditRelease, AuditCell, AuditFamily, EarlierCell } from '../../../reports/release-audit';
import { TransactionRunner } from '../database/transaction-runner';
import { Clock } from '../common/clock';
import { fromSqlInstant, toSqlInstant } from '../database/sql-time';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { AreaNode, AreaTree } from '../indicators/area-tree';
import { AnswerRevision } from '../responses/answer-revision.entity';
import { CollectionRound } from '../rounds/collection-round.entity';
import { lateArrivalEnd, roundStatus, roundWindow } from '../rounds/round-window';
import { Hierarchy, HierarchyReader, treeOf } from './hierarchy-reader';
import { ReleaseContent, StoredCell, storedCell } from './release-content';
import { FigureRelease } from './release.entity';

/**
 * A transaction that began before this long ago has committed: a release covers the answers
 * received before now minus this, so none is half-written when it is computed.
 */
const SETTLE_MS = 60_000;

/** Something a release is computed for: a period of an instrument (every area) or a round (its place). */
interface Subject {
  surveyKey: string;
  subject: string;
  revision: number;
  kind: 'period' | 'round';
  start: Date;
  end: Date;
  dueAt: Date;
  indicators: IndicatorDefinition[];
  /** Rounds: the one place whose figures are released. */
  placeId?: string;
}

/** A stored release, parsed once (releases never change, so every instance may keep them). */
export interface LoadedRelease {
  id: string;
  surveyKey: string;
  subject: string;
  revision: number;
  releasedAt: Date;
  windowStart: Date;
  windowEnd: Date;
  dataCutoff: Date;
  content: ReleaseContent;
  /** The frozen hierarchy. */
  tree: AreaTree;
}

const indicatorsOf = (surveyKey: string) => INDICATOR_CATALOGUE.filter((indicator) => indicator.instrument === surveyKey);

export const roundSubject = (roundId: string) => `round:${roundId}`;

/**
 * Releases: figures are published only as releases (docs/disclosure.md). A period's release is
 * due when the period has ended plus a grace for late paper forms; a round's when it has
 * closed and its late arrivals had their day. With several instances and no scheduler, a due
 * release is computed on the first read after it is due; the unique (survey, subject,
 * revision) keeps one. Before it is stored, a release is audited against every earlier
 * release of the same year (reports/release-audit.ts), and the cells that would let anyone
 * difference them are withheld.
 */
@Injectable()
export class ReleasesService {
  private readonly logger = new Logger('Releases');
  private readonly loaded = new Map<string, LoadedRelease>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly hierarchy: HierarchyReader,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Computes every release of the instrument that is due and not yet stored, oldest first. */
  async ensureReleases(surveyKey: string): Promise<void> {
    let running = this.running.get(surveyKey);
    if (!running) {
      running = this.computeDue(surveyKey).finally(() => this.running.delete(surveyKey));
      this.running.set(surveyKey, running);
    }
    await running;
  }

  /** The latest release of a period or round, after computing what is due. */
  async latest(surveyKey: string, subject: string): Promise<LoadedRelease | null> {
    await this.ensureReleases(surveyKey);
    const row = await this.dataSource
      .getRepository(FigureRelease)
      .findOne({ where: { surveyKey, subject }, order: { revision: 'DESC' }, select: ['id'] });
    return row ? this.load(row.id) : null;
  }

  /** The latest release of a period, or null while it is open or within its grace. */
  latestOfPeriod(surveyKey: string, period: ReportingPeriod): Promise<LoadedRelease | null> {
    return this.latest(surveyKey, formatPeriod(period));
  }

  latestOfRound(round: CollectionRound): Promise<LoadedRelease | null> {
    return this.latest(round.surveyKey, roundSubject(round.id));
  }

  /** When a period's figures are due: its end plus the grace for late paper forms. */
  periodDueAt(period: ReportingPeriod): Date {
    return new Date(periodBounds(period).end.getTime() + this.config.releaseGraceDays * 86_400_000);
  }

  private async load(id: string): Promise<LoadedRelease> {
    const known = this.loaded.get(id);
    if (known) return known;
    const row = await this.dataSource.getRepository(FigureRelease).findOneOrFail({ where: { id } });
    const content = JSON.parse(row.content) as ReleaseContent;
    const release: LoadedRelease = {
      id: row.id,
      surveyKey: row.surveyKey,
      subject: row.subject,
      revision: row.revision,
      releasedAt: row.releasedAt,
      windowStart: row.windowStart,
      windowEnd: row.windowEnd,
      dataCutoff: row.dataCutoff,
      content,
      tree: treeOf(content.hierarchy),
    };
    if (this.loaded.size >= 500) this.loaded.delete(this.loaded.keys().next().value!);
    this.loaded.set(id, release);
    return release;
  }

  // --- what is due ---------------------------------------------------------------------------

  private async computeDue(surveyKey: string): Promise<void> {
    const due = await this.dueSubjects(surveyKey);
    for (const subject of due) await this.compute(subject);
  }

  private async dueSubjects(surveyKey: string): Promise<Subject[]> {
    const indicators = indicatorsOf(surveyKey);
    if (indicators.length === 0) return [];
    const now = this.clock.now();
    const stored = await this.dataSource.getRepository(FigureRelease).find({
      where: { surveyKey },
      select: ['subject', 'revision', 'answerRevision', 'dataCutoff', 'releasedAt'],
    });
    const latest = new Map<string, Pick<FigureRelease, 'revision' | 'answerRevision' | 'dataCutoff'>>();
    for (const row of stored) if ((latest.get(row.subject)?.revision ?? 0) < row.revision) latest.set(row.subject, row);
    const due: Subject[] = [];

    const first = await this.firstAnswer(surveyKey);
    if (first) {
      const revisions = await this.answerRevisions(surveyKey);
      const types = [...new Set(indicators.flatMap((indicator) => indicator.periods))];
      const today = halfYearOf(now);
      for (const type of types) {
        for (const period of periodsBetween(type, halfYearOf(first), today)) {
          const dueAt = this.periodDueAt(period);
          if (dueAt.getTime() > now.getTime()) continue;
          const name = formatPeriod(period);
          const previous = latest.get(name);
          const revisionNow = periodRevision(revisions, period);
          if (previous && !(previous.answerRevision < revisionNow && (await this.receivedSince(surveyKey, period, previous.dataCutoff)))) continue;
          const { start, end } = periodBounds(period);
          due.push({
            surveyKey,
            subject: name,
            revision: (previous?.revision ?? 0) + 1,
            kind: 'period',
            start,
            end,
            dueAt,
            indicators: indicators.filter((indicator) => indicator.periods.includes(periodTypeOf(period))),
          });
        }
      }
    }

    const rounds = await this.dataSource.getRepository(CollectionRound).find({ where: { surveyKey } });
    for (const round of rounds) {
      if (roundStatus(round, now) !== 'closed') continue;
      const dueAt = lateArrivalEnd(round);
      if (dueAt.getTime() > now.getTime()) continue;
      const name = roundSubject(round.id);
      const released = latest.get(name)?.revision ?? 0;
      // Each closing (the first, and one after every reopening) is released once.
      if (released >= round.reopenCount + 1) continue;
      const { start, end } = roundWindow(round);
      due.push({ surveyKey, subject: name, revision: released + 1, kind: 'round', start, end, dueAt, indicators, placeId: round.meetingPlaceId });
    }
    // Oldest first; at the same moment rounds, then half-years, then the year, so that each is
    // audited against the finer ones before it.
    const order = (s: Subject) => (s.kind === 'round' ? 0 : s.subject.includes('-H') ? 1 : 2);
    return due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || order(a) - order(b) || a.subject.localeCompare(b.subject));
  }

  private async firstAnswer(surveyKey: string): Promise<Date | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('MIN(r.answered_at)', 'first')
      .from('response', 'r')
      .where('r.survey_key = :surveyKey', { surveyKey })
      .getRawOne<{ first: string | Date | null }>();
    return row?.first ? fromSqlInstant(row.first) : null;
  }

  private async answerRevisions(surveyKey: string): Promise<Map<string, number>> {
    const rows = await this.dataSource.getRepository(AnswerRevision).find({ where: { surveyKey } });
    return new Map(rows.map((row) => [`${row.periodYear}-${row.periodHalf}`, Number(row.revision)]));
  }

  /** Whether answers given in the period arrived after a release's cutoff and have settled. */
  private async receivedSince(surveyKey: string, period: ReportingPeriod, cutoff: Date): Promise<boolean> {
    const { start, end } = periodBounds(period);
    const settled = new Date(this.clock.now().getTime() - SETTLE_MS);
    const row = await this.dataSource
      .createQueryBuilder()
      .select('r.id', 'id')
      .from('response', 'r')
      .where('r.survey_key = :surveyKey AND r.answered_at >= :start AND r.answered_at < :end', {
        surveyKey,
        start: this.toSql(start),
        end: this.toSql(end),
      })
      .andWhere('r.received_at >= :cutoff AND r.received_at < :settled', { cutoff: this.toSql(cutoff), settled: this.toSql(settled) })
      .limit(1)
      .getRawOne();
    return !!row;
  }

  // --- computing one release -----------------------------------------------------------------

  private async compute(subject: Subject): Promise<void> {
    const now = this.clock.now();
    const dataCutoff = new Date(now.getTime() - SETTLE_MS);
    // Read before the answers: a write in between raises it past what is stored, and the next
    // read computes a revision.
    const answerRevision = subject.kind === 'period' ? periodRevision(await this.answerRevisions(subject.surveyKey), parsePeriod(subject.subject)!) : 0;
    const hierarchy = await this.hierarchyFor(subject);
    const tree = treeOf(hierarchy);
    const earlier = await this.earlierReleases(subject);
    const atoms = await this.readAtoms(subject, earlier, dataCutoff);
    const content: ReleaseContent = {
      kind: subject.kind,
      hierarchy,
      indicators: {},
      versions: await this.versionsAnswered(subject, dataCutoff),
      coverage: await this.coverageOf(subject),
    };
    const solver = await loadIntegerSolver();
    let repairs = 0;
    for (const indicator of subject.indicators) {
      const result = this.auditIndicator(indicator, subject, tree, earlier, atoms, solver);
      content.indicators[indicator.key] = result.cells;
      repairs += result.repairs;
    }
    const row: FigureRelease = {
      id: randomUUID(),
      surveyKey: subject.surveyKey,
      subject: subject.subject,
      revision: subject.revision,
      windowStart: subject.start,
      windowEnd: subject.end,
      dataCutoff,
      releasedAt: now,
      answerRevision,
      content: JSON.stringify(content),
    };
    try {
      // Through the write queue: on SQLite's one connection a bare INSERT would land inside
      // whatever transaction is open (a group of submissions) and be lost if that rolled back.
      await this.transactions.run((manager) => manager.getRepository(FigureRelease).insert(row));
      this.logger.log(`Released ${subject.surveyKey} ${subject.subject} (revision ${subject.revision}; ${repairs} withheld by the audit)`);
    } catch (error) {
      // Another instance stored this revision first: theirs stands.
      if (!(error instanceof QueryFailedError)) throw error;
    }
  }

  /** The survey versions answered in the subject's window before the cutoff. */
  private async versionsAnswered(subject: Subject, dataCutoff: Date): Promise<number[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('DISTINCT r.survey_version', 'version')
      .from('response', 'r')
      .where('r.survey_key = :surveyKey AND r.answered_at >= :start AND r.answered_at < :end AND r.received_at < :cutoff', {
        surveyKey: subject.surveyKey,
        start: this.toSql(subject.start),
        end: this.toSql(subject.end),
        cutoff: this.toSql(dataCutoff),
      })
      .getRawMany<{ version: number | string }>();
    return rows.map((row) => Number(row.version)).sort((a, b) => a - b);
  }

  /** Which days of the subject the instrument was collecting: a round covers its own days. */
  private async coverageOf(subject: Subject): Promise<PeriodCoverage> {
    if (subject.kind === 'round') {
      return { from: helsinkiDateOf(subject.start), to: helsinkiDateOf(new Date(subject.end.getTime() - 1)), partial: false };
    }
    const first = await this.firstAnswer(subject.surveyKey);
    return periodCoverage(subject.surveyKey, parsePeriod(subject.subject)!, first ?? subject.start);
  }

  /** Rounds freeze only their place (and its ancestors, so that AreaTree can hold it). */
  private async hierarchyFor(subject: Subject): Promise<Hierarchy> {
    const current = await this.hierarchy.current();
    if (subject.kind === 'period') return current;
    const place = current.places.find((p) => p.id === subject.placeId)!;
    const municipality = current.municipalities.find((m) => m.code === place.municipalityCode)!;
    return {
      regions: current.regions.filter((r) => r.code === municipality.regionCode),
      municipalities: [municipality],
      serviceAreas: current.serviceAreas.filter((a) => a.id === place.serviceAreaId),
      places: [place],
    };
  }

  /** Every release of the instrument in the calendar year(s) of the subject: rounds and periods never cross a year. */
  private async earlierReleases(subject: Subject): Promise<LoadedRelease[]> {
    const { start: yearStart } = periodBounds({ year: halfYearOf(subject.start).year, half: null });
    const { end: yearEnd } = periodBounds({ year: halfYearOf(new Date(subject.end.getTime() - 1)).year, half: null });
    const rows = await this.dataSource
      .getRepository(FigureRelease)
      .createQueryBuilder('release')
      .select('release.id', 'id')
      .where('release.survey_key = :surveyKey', { surveyKey: subject.surveyKey })
      .andWhere('release.window_start < :yearEnd AND release.window_end > :yearStart', {
        yearStart: this.toSql(yearStart),
        yearEnd: this.toSql(yearEnd),
      })
      .orderBy('release.released_at', 'ASC')
      .getRawMany<{ id: string }>();
    return Promise.all(rows.map((row) => this.load(row.id)));
  }

  /**
   * The answers of the subject's year as atoms: place × time slice × batch, where the slices
   * are cut at every window's edges and the batches at every earlier release's cutoff. Each
   * cell of every release is then a union of atoms. One GROUP BY over the instrument's items.
   */
  private async readAtoms(subject: Subject, earlier: LoadedRelease[], dataCutoff: Date): Promise<AtomCounts> {
    const windows = [subject, ...earlier.map((e) => ({ start: e.windowStart, end: e.windowEnd }))];
    const edges = [...new Set(windows.flatMap((w) => [w.start.getTime(), w.end.getTime()]))].sort((a, b) => a - b);
    const cutoffs = [...new Set(earlier.map((e) => e.dataCutoff.getTime()))].sort((a, b) => a - b);
    const items = [...new Set(subject.indicators.flatMap(itemNamesOf))];
    const parameters: Record<string, unknown> = {
      surveyKey: subject.surveyKey,
      from: this.toSql(new Date(edges[0])),
      until: this.toSql(new Date(edges[edges.length - 1])),
      cutoff: this.toSql(dataCutoff),
      items,
    };
    const caseOf = (column: string, bounds: number[], prefix: string) => {
      if (bounds.length === 0) return '0';
      const whens = bounds.map((bound, i) => {
        parameters[`${prefix}${i}`] = this.toSql(new Date(bound));
        return `WHEN ${column} < :${prefix}${i} THEN ${i}`;
      });
      return `CASE ${whens.join(' ')} ELSE ${bounds.length} END`;
    };
    // Slice i lies between edges[i] and edges[i + 1]; batch j between cutoffs[j − 1] and cutoffs[j].
    const slice = caseOf('r.answered_at', edges.slice(1, -1), 'edge');
    const batch = caseOf('r.received_at', cutoffs, 'cutoff');
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT r.meeting_place_id AS place, ${slice} AS slice, ${batch} AS batch, a.question_name AS question, a.value_number AS value, COUNT(*) AS answers ` +
        'FROM response_answer a JOIN response r ON r.id = a.response_id ' +
        'WHERE r.survey_key = :surveyKey AND r.answered_at >= :from AND r.answered_at < :until AND r.received_at < :cutoff ' +
        'AND a.question_name IN (:...items) AND a.value_number IS NOT NULL ' +
        'GROUP BY r.meeting_place_id, 2, 3, a.question_name, a.value_number',
      parameters,
      {},
    );
    const rows: { place: string; slice: number | string; batch: number | string; question: string; value: number | string; answers: number | string }[] =
      await this.dataSource.query(sql, values);
    return {
      edges,
      cutoffs,
      rows: rows.map((row) => ({
        place: row.place,
        slice: Number(row.slice),
        batch: Number(row.batch),
        question: row.question,
        value: Number(row.value),
        count: Number(row.answers),
      })),
    };
  }

  /** One indicator of a release: its atoms, its cells and the earlier releases' cells, audited. */
  private auditIndicator(
    indicator: IndicatorDefinition,
    subject: Subject,
    tree: AreaTree,
    earlier: LoadedRelease[],
    counts: AtomCounts,
    solver: IntegerSolver,
  ): { cells: Record<string, StoredCell>; repairs: number } {
    const items = new Set(itemNamesOf(indicator));
    const tallies = new Map<string, Tally>();
    for (const row of counts.rows) {
      if (!items.has(row.question)) continue;
      const id = atomId(row.place, row.slice, row.batch);
      tallies.set(id, addTallies(tallies.get(id) ?? EMPTY_TALLY, tallyOf(row.value, row.count, indicator.scoring)));
    }
    const atomsByPlace = new Map<string, { id: string; slice: number; batch: number }[]>();
    for (const id of tallies.keys()) {
      const [place, slice, batch] = id.split('|');
      const list = atomsByPlace.get(place) ?? [];
      list.push({ id, slice: Number(slice), batch: Number(batch) });
      atomsByPlace.set(place, list);
    }
    const sliceRange = (start: Date, end: Date) => [counts.edges.indexOf(start.getTime()), counts.edges.indexOf(end.getTime())] as const;
    /** The atoms of a cell: its places' answers given in [start, end) and received before `batchLimit`. */
    const atomsOf = (placeIds: string[], start: Date, end: Date, batchLimit: number): string[] => {
      const [first, last] = sliceRange(start, end);
      return placeIds.flatMap((place) =>
        (atomsByPlace.get(place) ?? []).filter((a) => a.slice >= first && a.slice < last && a.batch < batchLimit).map((a) => a.id),
      );
    };
    const placesUnder = placeIdsByNode(tree);
    const released = subject.kind === 'round' ? tree.nodes.filter((node) => node.placeId === subject.placeId) : tree.nodes;

    const cells: AuditCell[] = released.map((node) => ({
      id: node.id,
      atoms: atomsOf(placesUnder.get(node.id)!, subject.start, subject.end, counts.cutoffs.length + 1),
    }));
    const families: AuditFamily[] =
      subject.kind === 'round'
        ? []
        : tree.nodes
            .filter((node) => node.children.length > 0)
            .map((node) => ({ parent: node.id, children: node.children.map((child) => child.id), depth: depthOf(node) }));
    const earlierCells: EarlierCell[] = [];
    for (const release of earlier) {
      const stored = release.content.indicators[indicator.key];
      if (!stored) continue;
      const batchLimit = counts.cutoffs.indexOf(release.dataCutoff.getTime()) + 1;
      const frozenPlaces = placeIdsByNode(release.tree);
      for (const [areaId, cell] of Object.entries(stored)) {
        if (cell.n === 0 || !frozenPlaces.has(areaId)) continue;
        earlierCells.push({
          id: `${release.id}:${areaId}`,
          atoms: atomsOf(frozenPlaces.get(areaId)!, release.windowStart, release.windowEnd, batchLimit),
          published: cell.s === 'published',
        });
      }
    }
    const atoms: AuditAtom[] = [...tallies].map(([id, tally]) => ({
      id,
      n: tally.n,
      score: indicator.scoring.type === 'share' ? tally.positives : tally.sum,
      sumOfSquares: indicator.scoring.type === 'share' ? 0 : tally.sumOfSquares,
    }));
    const { status, auditRepairs } = auditRelease({
      atoms,
      earlier: earlierCells,
      cells,
      families,
      scoreRange: indicator.scoring.type === 'share' ? { min: 0, max: 1 } : { min: indicator.scale.min, max: indicator.scale.max },
      publishesSumOfSquares: indicator.scoring.type === 'mean',
      solver,
    });
    const cellTally = new Map(cells.map((cell) => [cell.id, cell.atoms.reduce((sum, id) => addTallies(sum, tallies.get(id)!), EMPTY_TALLY)]));
    const isPublished = (node: AreaNode) => status.get(node.id) === 'published';
    const out: Record<string, StoredCell> = {};
    for (const node of released) {
      const tally = cellTally.get(node.id)!;
      if (tally.n === 0) continue;
      const clusters = publishedParts(node, isPublished, (part) => cellTally.get(part.id)!);
      out[node.id] = storedCell(clusters, status.get(node.id) as CellStatus, indicator);
    }
    return { cells: out, repairs: auditRepairs };
  }

  private toSql(instant: Date): Date | string {
    return toSqlInstant(this.dataSource, instant);
  }
}

interface AtomCounts {
  /** Every window edge, ascending (ms). */
  edges: number[];
  /** Earlier releases' data cutoffs, ascending (ms). */
  cutoffs: number[];
  rows: { place: string; slice: number; batch: number; question: string; value: number; count: number }[];
}

const atomId = (place: string, slice: number, batch: number) => `${place}|${slice}|${batch}`;

/**
 * The clusters of a pooled area's interval: its places where every part down to them is
 * published, and otherwise the smallest published area holding the withheld ones. The interval
 * then rests only on totals the release publishes anyway, so it gives nothing away that the
 * audit has not accepted (docs/indicators.md, "Pooled intervals").
 */
function publishedParts(node: AreaNode, isPublished: (node: AreaNode) => boolean, tallyOf: (node: AreaNode) => Tally): Tally[] {
  const answered = node.children.filter((child) => tallyOf(child).n > 0);
  if (answered.length === 0 || !answered.every(isPublished)) return [tallyOf(node)];
  return answered.flatMap((child) => publishedParts(child, isPublished, tallyOf));
}

function depthOf(node: AreaNode): number {
  let depth = 0;
  for (let n = node.parent; n; n = n.parent) depth++;
  return depth;
}

/** Area id → the ids of the places under it. */
function placeIdsByNode(tree: AreaTree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let i = tree.nodes.length - 1; i >= 0; i--) {
    const node = tree.nodes[i];
    out.set(node.id, node.placeId ? [node.placeId] : node.children.flatMap((child) => out.get(child.id) ?? []));
  }
  return out;
}

/** The sum of the answer revisions of a period's half-years. */
function periodRevision(revisions: Map<string, number>, period: ReportingPeriod): number {
  const halves = period.half === null ? [1, 2] : [period.half];
  return halves.reduce((sum, half) => sum + (revisions.get(`${period.year}-${half}`) ?? 0), 0);
}
