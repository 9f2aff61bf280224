import { canonicalJson } from '../common/canonical-json';
import type { AnswerValue } from '../surveys/survey-answer-validator';
import { sha256Hex } from '../surveys/survey-definition-files';
import { halfYearOf } from '../../../reports/periods';
import { ExportLayout, exportTextsOf } from './export-text';
import type { ResponseAnswer } from './response-answer.entity';
import type { SurveyResponse } from './survey-response.entity';

export interface ResponseRecords {
  response: SurveyResponse;
  answers: Omit<ResponseAnswer, 'id'>[];
}

export interface ResponseContent {
  surveyKey: string;
  surveyVersion: number;
  meetingPlaceId: string;
  locale: string;
  answers: Record<string, unknown>;
}

/** sha256 of the canonical content: tells an exact replay from a conflicting one. */
export function requestHashOf(content: ResponseContent): string {
  return sha256Hex(canonicalJson(content));
}

/**
 * The rows one validated response is stored as: the response with its answers JSON, and the
 * long-format answer rows that indicators aggregate (place and period copied onto each), and
 * its export-ready texts for the survey's current `layout` (null: none, the export builds the
 * line). Shared by online answers, paper imports, the demo data and the benchmark data.
 */
export function buildResponseRecords(
  content: ResponseContent,
  ids: { id: string; clientResponseId: string },
  receivedAt: Date,
  accepted: { answers: Record<string, unknown>; values: AnswerValue[] },
  layout: ExportLayout | null,
  answeredAt: Date = receivedAt,
): ResponseRecords {
  const period = halfYearOf(answeredAt);
  const response: SurveyResponse = {
    id: ids.id,
    clientResponseId: ids.clientResponseId.toLowerCase(),
    requestHash: requestHashOf(content),
    surveyKey: content.surveyKey,
    surveyVersion: content.surveyVersion,
    meetingPlaceId: content.meetingPlaceId,
    locale: content.locale,
    receivedAt,
    answeredAt,
    periodYear: period.year,
    periodHalf: period.half,
    answers: JSON.stringify(accepted.answers),
  };
  Object.assign(response, exportTextsOf(response, layout));
  const answers = accepted.values.map((value) => ({
    ...value,
    responseId: response.id,
    surveyKey: response.surveyKey,
    surveyVersion: response.surveyVersion,
    meetingPlaceId: response.meetingPlaceId,
    periodYear: response.periodYear,
    periodHalf: response.periodHalf,
  }));
  return { response, answers };
}
