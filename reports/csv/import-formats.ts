import { MULTI_VALUE_SEPARATOR } from './response-export';
import type { SurveyQuestion } from './survey-questions';

/**
 * The two CSV imports, parsed row by row into typed records or row-level errors. What needs
 * the database (does the municipality exist? is the place in the importer's scope?) is
 * checked by the import service; this is the format alone.
 */
export interface RowError {
  /** 1-based line in the file, the header being line 1. */
  line: number;
  field: string;
  message: string;
}

export type Parsed<T> = { line: number; record: T; errors: RowError[] };

/** Columns are matched by name (any order); unknown columns are an error so typos surface. */
function indexHeader(header: string[], required: readonly string[], allowed: ReadonlySet<string>): { index: Map<string, number>; errors: RowError[] } {
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const errors: RowError[] = [];
  for (const name of required) if (!index.has(name)) errors.push({ line: 1, field: name, message: `The column "${name}" is missing.` });
  for (const name of index.keys()) if (!allowed.has(name)) errors.push({ line: 1, field: name, message: `"${name}" is not a column of this import.` });
  return { index, errors };
}

// ---------------------------------------------------------------------------------------
// Registry: municipalities, service areas and meeting places, created or updated by code.

export const REGISTRY_COLUMNS = [
  'record_type',
  'code',
  'name_fi',
  'name_sv',
  'name_en',
  'region_code',
  'municipality_code',
  'service_area',
  'address',
  'active',
] as const;

export const REGISTRY_RECORD_TYPES = ['municipality', 'service-area', 'meeting-place'] as const;
export type RegistryRecordType = (typeof REGISTRY_RECORD_TYPES)[number];

export interface RegistryRecord {
  type: RegistryRecordType;
  code: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  regionCode: string | null;
  municipalityCode: string | null;
  serviceArea: string | null;
  address: string | null;
  active: boolean;
}

const CODE_PATTERN: Record<RegistryRecordType, { pattern: RegExp; message: string }> = {
  municipality: { pattern: /^\d{3}$/, message: 'must be a three-digit municipality code such as 092' },
  'service-area': { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'must be lowercase letters, digits and dashes, such as vantaa-itainen' },
  'meeting-place': { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'must be lowercase letters, digits and dashes, such as koivukyla' },
};

export function parseRegistry(rows: string[][]): { records: Parsed<RegistryRecord>[]; errors: RowError[] } {
  const [header = [], ...body] = rows;
  const { index, errors } = indexHeader(header, ['record_type', 'code', 'name_fi'], new Set(REGISTRY_COLUMNS));
  if (errors.length > 0) return { records: [], errors };
  const cell = (row: string[], name: string) => {
    const i = index.get(name);
    const value = i === undefined ? '' : (row[i] ?? '').trim();
    return value === '' ? null : value;
  };
  const records = body.map((row, i): Parsed<RegistryRecord> => {
    const line = i + 2;
    const rowErrors: RowError[] = [];
    const fail = (field: string, message: string) => rowErrors.push({ line, field, message });
    const type = cell(row, 'record_type') as RegistryRecordType | null;
    if (!type || !REGISTRY_RECORD_TYPES.includes(type)) fail('record_type', `must be one of ${REGISTRY_RECORD_TYPES.join(', ')}`);
    const code = cell(row, 'code') ?? '';
    if (type && CODE_PATTERN[type] && !CODE_PATTERN[type].pattern.test(code)) fail('code', CODE_PATTERN[type].message);
    const nameFi = cell(row, 'name_fi');
    if (!nameFi) fail('name_fi', 'is required');
    const regionCode = cell(row, 'region_code');
    if (regionCode !== null && !/^\d{2}$/.test(regionCode)) fail('region_code', 'must be a two-digit region code such as 04');
    if (type === 'municipality' && regionCode === null) fail('region_code', 'is required for a municipality');
    const municipalityCode = cell(row, 'municipality_code');
    if (municipalityCode !== null && !/^\d{3}$/.test(municipalityCode)) fail('municipality_code', 'must be a three-digit municipality code such as 092');
    if ((type === 'service-area' || type === 'meeting-place') && municipalityCode === null) fail('municipality_code', `is required for a ${type}`);
    const serviceArea = cell(row, 'service_area');
    if (serviceArea !== null && type !== 'meeting-place') fail('service_area', 'is only for meeting places');
    const activeText = (cell(row, 'active') ?? 'true').toLowerCase();
    if (!['true', 'false'].includes(activeText)) fail('active', 'must be true or false');
    for (const field of ['name_fi', 'name_sv', 'name_en', 'address']) {
      if ((cell(row, field) ?? '').length > 200) fail(field, 'is longer than 200 characters');
    }
    return {
      line,
      errors: rowErrors,
      record: {
        type: type ?? 'meeting-place',
        code,
        nameFi: nameFi ?? '',
        nameSv: cell(row, 'name_sv'),
        nameEn: cell(row, 'name_en'),
        regionCode,
        municipalityCode,
        serviceArea,
        address: cell(row, 'address'),
        active: activeText !== 'false',
      },
    };
  });
  const seen = new Map<string, number>();
  for (const { line, record, errors: rowErrors } of records) {
    const key = `${record.type}:${record.code}`;
    if (seen.has(key)) rowErrors.push({ line, field: 'code', message: `appears already on line ${seen.get(key)}` });
    else seen.set(key, line);
  }
  return { records, errors: [] };
}

// ---------------------------------------------------------------------------------------
// Paper responses: coded per the codebook, one row per paper form.

export const PAPER_FIXED_COLUMNS = ['paper_id', 'survey_version', 'meeting_place', 'locale', 'received_on'] as const;

export interface PaperResponse {
  /** Chosen by the region (e.g. the number written on the form): makes re-imports idempotent. */
  paperId: string;
  surveyVersion: number;
  meetingPlace: string;
  locale: string;
  /** YYYY-MM-DD: the day the form was filled in; decides the reporting period. */
  receivedOn: string;
  answers: Record<string, unknown>;
}

/** Turns one codebook-coded cell into the value online answers would have sent. */
function parseAnswer(question: SurveyQuestion, text: string): { value?: unknown; error?: string } {
  switch (question.valueType) {
    case 'number': {
      if (!/^-?\d+([.,]\d+)?$/.test(text)) return { error: 'must be a number' };
      return { value: Number(text.replace(',', '.')) };
    }
    case 'codes':
      return { value: text.split(MULTI_VALUE_SEPARATOR).map((v) => v.trim()).filter((v) => v !== '') };
    case 'boolean':
      if (text !== 'true' && text !== 'false') return { error: 'must be true or false' };
      return { value: text === 'true' };
    default:
      return { value: text };
  }
}

export function parsePaperResponses(rows: string[][], questions: readonly SurveyQuestion[]): { records: Parsed<PaperResponse>[]; errors: RowError[] } {
  const [header = [], ...body] = rows;
  const byName = new Map(questions.map((q) => [q.name, q]));
  const { index, errors } = indexHeader(header, PAPER_FIXED_COLUMNS, new Set([...PAPER_FIXED_COLUMNS, ...byName.keys()]));
  if (errors.length > 0) return { records: [], errors };
  const seen = new Map<string, number>();
  const records = body.map((row, i): Parsed<PaperResponse> => {
    const line = i + 2;
    const rowErrors: RowError[] = [];
    const fail = (field: string, message: string) => rowErrors.push({ line, field, message });
    const cell = (name: string) => (row[index.get(name)!] ?? '').trim();
    const paperId = cell('paper_id');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(paperId)) fail('paper_id', 'must be 1–64 letters, digits, dots, dashes or underscores');
    else if (seen.has(paperId)) fail('paper_id', `appears already on line ${seen.get(paperId)}`);
    else seen.set(paperId, line);
    const version = cell('survey_version');
    if (!/^[1-9]\d{0,5}$/.test(version)) fail('survey_version', 'must be a version number such as 2');
    const receivedOn = cell('received_on');
    if (!isCalendarDate(receivedOn)) {
      fail('received_on', 'must be a date such as 2026-03-15');
    }
    const answers: Record<string, unknown> = {};
    for (const [name, question] of byName) {
      if (!index.has(name)) continue;
      const text = cell(name);
      if (text === '') continue;
      const parsed = parseAnswer(question, text);
      if (parsed.error) fail(name, parsed.error);
      else answers[name] = parsed.value;
    }
    return {
      line,
      errors: rowErrors,
      record: { paperId, surveyVersion: Number(version), meetingPlace: cell('meeting_place'), locale: cell('locale') || 'fi', receivedOn, answers },
    };
  });
  return { records, errors: [] };
}

/** YYYY-MM-DD naming a real day (2026-02-30 is not one, though Date would roll it over). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
