import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SeededRandom } from '../../reports/seeded-random';
import { MeetingPlace } from '../../api/src/organisations/meeting-place.entity';
import { Municipality } from '../../api/src/organisations/municipality.entity';
import { ServiceArea } from '../../api/src/organisations/service-area.entity';
import { exportLayoutsOf } from '../../api/src/responses/export-text';
import { buildResponseRecords, ResponseRecords } from '../../api/src/responses/response-records';
import { insertResponseRows } from '../../api/src/responses/response-rows-sql';
import { SurveyVersion } from '../../api/src/surveys/survey-version.entity';

/**
 * The benchmark data set: a national network of about 500 meeting places in all 22 regions
 * and N responses over three years, written with bulk inserts (not HTTP). Answers follow the
 * instruments' scales so every export and indicator reads real-looking data; they are not
 * run through survey-core (that would take an hour for a million), which the API tests cover.
 */
const REGION_CODES = [...Array.from({ length: 21 }, (_, i) => String(i + 1).padStart(2, '0')), '90'];

/** Share of each instrument among responses, and the answers one response gets. */
const MIX: { key: string; version: (year: number) => number; weight: number; answers: (r: SeededRandom) => Record<string, unknown> }[] = [
  {
    key: 'visitor-survey',
    version: (year) => (year >= 2026 ? 2 : 1),
    weight: 30,
    answers: (r) => {
      const a: Record<string, unknown> = {};
      for (const item of ['felt_welcome', 'peer_support', 'children_play', 'participation', 'parenting_resources', 'everyday_easier', 'guidance_to_help']) {
        if (!r.chance(0.05)) a[item] = r.weighted([1, 2, 5, 12, 14]) + 1;
      }
      if (!r.chance(0.05)) a.loneliness = r.weighted([6, 8, 8, 4, 2]) + 1;
      a.visit_frequency = r.pick(['first-visit', 'less-than-monthly', 'monthly', 'weekly', 'several-weekly']);
      a.children_age_bands = [r.pick(['0-2', '3-6', '7-12'])];
      if (r.chance(0.1)) a.feedback_free_text = 'Kiitos, täällä on hyvä olla.';
      return a;
    },
  },
  { key: 'instant-feedback', version: () => 1, weight: 55, answers: (r) => ({ mood: r.weighted([1, 3, 8]) + 1, respondent: r.pick(['child', 'parent']) }) },
  {
    key: 'huomaa-minut',
    version: () => 1,
    weight: 8,
    answers: (r) => ({ feels_here: r.weighted([1, 3, 8]) + 1, felt_heard: r.weighted([1, 3, 7]) + 1, age_band: r.pick(['0-2', '3-4', '5-6', '7-9']) }),
  },
  {
    key: 'stakeholder-survey',
    version: () => 1,
    weight: 5,
    answers: (r) => {
      const a: Record<string, unknown> = { organisation_type: r.pick(['wellbeing-region', 'municipality', 'ngo', 'parish']) };
      for (const item of ['collaboration_works', 'referrals_work', 'joint_leadership', 'information_flows', 'own_role_clear']) a[item] = r.weighted([1, 2, 4, 8, 5]) + 1;
      return a;
    },
  },
];

export interface GeneratedCounts {
  places: number;
  responses: number;
  answers: number;
}

/**
 * `national`: the mix of instruments over three years (dashboards, indicators).
 * `one-export`: every response is instant feedback from last year, so that one responses.csv
 * request returns all N rows (the export benchmark).
 */
export type DataShape = 'national' | 'one-export';

export async function generateSyntheticData(dataSource: DataSource, responses: number, shape: DataShape = 'national', now = new Date()): Promise<GeneratedCounts> {
  const random = new SeededRandom(1_000_000);
  const existing = await dataSource.getRepository(Municipality).find();
  const municipalities: Municipality[] = [];
  for (const regionCode of REGION_CODES) {
    const own = existing.filter((m) => m.regionCode === regionCode);
    if (own.length > 0) municipalities.push(...own.slice(0, 4));
    else {
      // Regions without seeded municipalities get synthetic ones (codes W01…Y21), for load only.
      const synthetic = [1, 2, 3].map((i) => ({ code: `${String.fromCharCode(86 + i)}${regionCode}`, regionCode, nameFi: `Kunta ${regionCode}-${i}`, nameSv: `Kommun ${regionCode}-${i}`, nameEn: `Municipality ${regionCode}-${i}` }));
      await dataSource.getRepository(Municipality).insert(synthetic);
      municipalities.push(...synthetic);
    }
  }
  const places: MeetingPlace[] = [];
  const areas: ServiceArea[] = [];
  for (const municipality of municipalities) {
    const areaCount = random.int(1, 3);
    for (let a = 0; a < areaCount; a++) {
      const area = { id: `bench-${municipality.code}-${a}`, municipalityCode: municipality.code, nameFi: `Palvelualue ${municipality.code}-${a}`, nameSv: null, nameEn: null, active: true };
      areas.push(area);
      const placeCount = random.int(2, 6);
      for (let p = 0; p < placeCount; p++) {
        places.push({
          id: randomUUID(),
          slug: `bench-${municipality.code}-${a}-${p}`.toLowerCase(),
          nameFi: `Kohtaamispaikka ${municipality.code}-${a}-${p}`,
          nameSv: null,
          nameEn: null,
          municipalityCode: municipality.code,
          // Some places have no service area, as in real networks.
          serviceAreaId: p === 0 ? null : area.id,
          address: null,
          active: true,
          organisations: [],
        });
      }
    }
  }
  await dataSource.getRepository(ServiceArea).insert(areas);
  for (let i = 0; i < places.length; i += 200) await dataSource.getRepository(MeetingPlace).insert(places.slice(i, i + 200).map(({ organisations: _, ...p }) => p));

  const lastYear = now.getUTCFullYear() - 1;
  const start = shape === 'national' ? Date.UTC(now.getUTCFullYear() - 2, 0, 1) : Date.UTC(lastYear, 0, 2);
  // Within Finnish last year: 2 Jan to 30 Dec (UTC), so no response crosses into another year.
  const span = shape === 'national' ? now.getTime() - start : Date.UTC(lastYear, 11, 30) - start;
  const mix = shape === 'national' ? MIX : MIX.filter((m) => m.key === 'instant-feedback');
  const weights = mix.map((m) => m.weight);
  // Bigger places get more answers: a skewed draw, so some places stay small.
  const placeWeights = places.map(() => Math.pow(random.next(), 2) + 0.02);
  // Every writer of responses stores its export-ready texts (api/src/responses/export-text.ts).
  const layouts = exportLayoutsOf(await dataSource.getRepository(SurveyVersion).find());
  // SQLite's default page cache (2 MB) is far smaller than the indexes on random UUIDs that a
  // million rows build: without a larger one, most inserts wait for pages read back from disk.
  if (dataSource.options.type === 'sqlite') await dataSource.query('PRAGMA cache_size = -524288');
  let answers = 0;
  const batch = 20_000;
  for (let done = 0; done < responses; done += batch) {
    const rows: ResponseRecords[] = [];
    for (let i = 0; i < Math.min(batch, responses - done); i++) {
      const instrument = mix[random.weighted(weights)];
      const receivedAt = new Date(start + random.next() * span);
      const place = places[random.weighted(placeWeights)];
      const answersOf = instrument.answers(random);
      const records = buildResponseRecords(
        { surveyKey: instrument.key, surveyVersion: instrument.version(receivedAt.getUTCFullYear()), meetingPlaceId: place.id, locale: 'fi', answers: answersOf },
        { id: randomUUID(), clientResponseId: randomUUID() },
        receivedAt,
        { answers: answersOf, values: Object.entries(answersOf).flatMap(([questionName, v]) => (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'number' ? { questionName, valueNumber: x, valueText: null } : { questionName, valueNumber: null, valueText: String(x) }))) },
        layouts.get(instrument.key) ?? null,
      );
      rows.push(records);
    }
    await dataSource.transaction(async (manager) => {
      // The app's own insert statements (response-rows-sql.ts).
      await insertResponseRows(manager, rows);
    });
    answers += rows.reduce((sum, r) => sum + r.answers.length, 0);
  }
  return { places: places.length, responses, answers };
}
