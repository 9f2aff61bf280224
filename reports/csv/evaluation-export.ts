import type { CsvCell } from './csv-dialect';

/**
 * evaluations.csv: a region's places × criteria of the self- and peer evaluation, the latest
 * submitted scores up to the year asked, and whether that year's evaluations are missing.
 */
export const EVALUATION_EXPORT_COLUMNS = [
  { name: 'year', meaning: 'The year asked: the missing_* columns are about it; scores are the latest up to it.' },
  { name: 'region_code', meaning: 'The wellbeing region (text: 04 keeps its zero).' },
  { name: 'meeting_place', meaning: 'The meeting place’s slug.' },
  { name: 'meeting_place_name', meaning: 'The meeting place’s name in Finnish.' },
  { name: 'area', meaning: 'The criterion’s area: activity, structure, access (accessibility and resources) or network (the regional network).' },
  { name: 'criterion', meaning: 'The criterion’s question name in peer-evaluation (crit_<area>_<topic>).' },
  { name: 'self_year', meaning: 'The year of the latest submitted self-evaluation; empty when there is none.' },
  { name: 'self_score', meaning: 'Its score on the maturity scale 1 (not yet started) … 4 (exemplary); empty when not rated.' },
  { name: 'peer_year', meaning: 'The year of the latest submitted peer evaluations; empty when there are none.' },
  { name: 'peer_score', meaning: 'The mean of that year’s submitted peer scores, unrounded.' },
  { name: 'gap', meaning: 'self_score − peer_score when both are from the same year; empty otherwise.' },
  { name: 'missing_self', meaning: 'true when the place has no submitted self-evaluation for the year asked.' },
  { name: 'missing_peer', meaning: 'true when the place has no submitted peer evaluation for the year asked.' },
] as const;

export interface EvaluationExportRow {
  year: number;
  regionCode: string;
  meetingPlace: string;
  meetingPlaceName: string;
  area: string;
  criterion: string;
  selfYear: number | null;
  self: number | null;
  peerYear: number | null;
  peer: number | null;
  lacksSelf: boolean;
  lacksPeer: boolean;
}

export function evaluationHeader(): string[] {
  return EVALUATION_EXPORT_COLUMNS.map((c) => c.name);
}

export function evaluationRow(row: EvaluationExportRow): CsvCell[] {
  const gap = row.self !== null && row.peer !== null && row.selfYear === row.peerYear ? row.self - row.peer : null;
  return [
    String(row.year),
    row.regionCode,
    row.meetingPlace,
    row.meetingPlaceName,
    row.area,
    row.criterion,
    row.selfYear === null ? null : String(row.selfYear),
    row.self,
    row.peerYear === null ? null : String(row.peerYear),
    row.peer,
    gap,
    row.lacksSelf,
    row.lacksPeer,
  ];
}
