import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, Repository } from 'typeorm';
import { CsvDialect, csvHeader, csvRows } from '../../../reports/csv/csv-dialect';
import { evaluationHeader, evaluationRow } from '../../../reports/csv/evaluation-export';
import { assertAllowed, canReadRegionResponses } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { OrganisationsService } from '../organisations/organisations.service';
import { ActionsService } from './actions.service';
import { RegionEvaluationsDto, RegionPlaceEvaluationsDto } from './dto/evaluation.dto';
import { Evaluation } from './evaluation.entity';
import { EvaluationsService } from './evaluations.service';

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The region analyst's view: places × criteria, missing evaluations and actions by status. */
@Injectable()
export class RegionEvaluationsService {
  constructor(
    @InjectRepository(Evaluation) private readonly evaluations: Repository<Evaluation>,
    private readonly organisations: OrganisationsService,
    private readonly evaluationsService: EvaluationsService,
    private readonly actions: ActionsService,
  ) {}

  async view(principal: Principal, regionCode: string, year: number): Promise<RegionEvaluationsDto> {
    assertAllowed(canReadRegionResponses(principal, regionCode), 'Only the region’s analysts and admins see its evaluations.');
    const places = (await this.organisations.listMeetingPlaces(regionCode)).filter((p) => p.active);
    const submitted = places.length === 0 ? [] : await this.evaluations.find({
      where: { meetingPlaceId: In(places.map((p) => p.id)), status: 'submitted', year: LessThanOrEqual(year) },
    });
    const instrument = await this.evaluationsService.currentInstrument();
    const counts = await this.actions.countsByPlace(places.map((p) => p.id));
    return {
      regionCode,
      year,
      criteria: instrument.criteria.map((c) => ({ name: c.name, area: c.area, title: c.title })),
      places: places.map((place): RegionPlaceEvaluationsDto => {
        const own = submitted.filter((e) => e.meetingPlaceId === place.id);
        const latestYear = (kind: 'self' | 'peer') => Math.max(-Infinity, ...own.filter((e) => e.kind === kind).map((e) => e.year));
        const selfYear = latestYear('self');
        const peerYear = latestYear('peer');
        const self = own.find((e) => e.kind === 'self' && e.year === selfYear);
        const peers = own.filter((e) => e.kind === 'peer' && e.year === peerYear).map((e) => JSON.parse(e.answers) as Record<string, unknown>);
        const selfAnswers = self ? (JSON.parse(self.answers) as Record<string, unknown>) : {};
        const count = counts.get(place.id)!;
        return {
          meetingPlace: { slug: place.slug, name: place.name },
          selfYear: Number.isFinite(selfYear) ? selfYear : null,
          peerYear: Number.isFinite(peerYear) ? peerYear : null,
          scores: instrument.criteria.map((c) => ({
            criterion: c.name,
            self: typeof selfAnswers[c.name] === 'number' ? (selfAnswers[c.name] as number) : null,
            peer: mean(peers.map((answers) => answers[c.name]).filter((v): v is number => typeof v === 'number')),
          })),
          lacksSelf: selfYear !== year,
          lacksPeer: peerYear !== year,
          actions: { planned: count.planned, inProgress: count['in-progress'], done: count.done, dropped: count.dropped, overdue: count.overdue },
        };
      }),
    };
  }

  async csv(principal: Principal, regionCode: string, year: number, dialect: CsvDialect): Promise<{ text: string; filename: string }> {
    const view = await this.view(principal, regionCode, year);
    const areaOf = new Map(view.criteria.map((c) => [c.name, c.area]));
    const rows = view.places.flatMap((place) =>
      place.scores.map((score) =>
        evaluationRow({
          year,
          regionCode,
          meetingPlace: place.meetingPlace.slug,
          meetingPlaceName: place.meetingPlace.name.fi,
          area: areaOf.get(score.criterion)!,
          criterion: score.criterion,
          selfYear: place.selfYear,
          self: score.self,
          peerYear: place.peerYear,
          peer: score.peer,
          lacksSelf: place.lacksSelf,
          lacksPeer: place.lacksPeer,
        }),
      ),
    );
    return { text: csvHeader(evaluationHeader(), dialect) + csvRows(rows, dialect), filename: `kohtaamo-evaluations-${regionCode}-${year}.csv` };
  }
}
