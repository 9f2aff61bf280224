import { EntityManager } from 'typeorm';
import { halfYearOf, helsinkiDateOf, startOfHelsinkiDay } from '../../../../reports/periods';
import { CollectionRound } from '../../rounds/collection-round.entity';
import { MeetingPlace } from '../../organisations/meeting-place.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { ServiceArea } from '../../organisations/service-area.entity';
import { exportLayoutsOf } from '../../responses/export-text';
import { buildResponseRecords, ResponseRecords } from '../../responses/response-records';
import { insertResponseRows } from '../../responses/response-rows-sql';
import { SurveyAnswerValidator } from '../../surveys/survey-answer-validator';
import { SurveyVersion } from '../../surveys/survey-version.entity';
import { DemoAnswerGenerator } from './demo-answers';
import { DEMO_MEETING_PLACES, DEMO_ORGANISATIONS, DEMO_SERVICE_AREAS } from './demo-organisations';
import { randomUUIDFrom, SeededRandom } from '../../../../reports/seeded-random';
import { seedDemoEvaluations } from './demo-evaluations';
import { seedDemoPlans } from './demo-plans';

/**
 * When each instrument is answered in a year, and how many answers a place of size 1 gets
 * there: the visitor and stakeholder surveys run in an autumn window, Huomaa minut in a
 * spring and an autumn round, instant feedback all year.
 */
const SCHEDULE: Record<string, { windows: [number, number][]; perSize: number }> = {
  'visitor-survey': { windows: [[9, 10]], perSize: 9 },
  'stakeholder-survey': { windows: [[10, 10]], perSize: 2 },
  'instant-feedback': { windows: [[0, 11]], perSize: 30 },
  'huomaa-minut': { windows: [[2, 3], [9, 10]], perSize: 2 },
  'peer-evaluation': { windows: [[3, 4]], perSize: 0.25 },
};

const LOCALES = ['fi', 'fi', 'fi', 'fi', 'sv', 'en', 'en', 'ar', 'ru'];

/** The instruments whose schedule windows are collection rounds at every place (so their figures are released per round). */
const ROUND_INSTRUMENTS = ['huomaa-minut', 'visitor-survey'];

/**
 * The demo network and synthetic responses to every instrument over the two previous calendar
 * years in full and this year up to `now` (the app clock's today): whole periods to compare
 * with, never a year that starts mid-way. Deterministic for a given instant: the same data on
 * every machine.
 */
export async function seedDemoData(manager: EntityManager, now: Date): Promise<{ places: number; responses: number }> {
  const random = new SeededRandom(20260401);
  const organisations = DEMO_ORGANISATIONS.map((o) => ({ id: randomUUIDFrom(random), ...o }));
  await manager.insert(Organisation, organisations);
  const organisationByName = new Map(organisations.map((o) => [o.name, o]));
  await manager.insert(
    ServiceArea,
    DEMO_SERVICE_AREAS.map((a) => ({ id: a.id, municipalityCode: a.municipalityCode, nameFi: a.fi, nameSv: a.sv, nameEn: a.en, active: true })),
  );
  const places = DEMO_MEETING_PLACES.map((p) => ({
    seed: p,
    entity: {
      id: randomUUIDFrom(random),
      slug: p.slug,
      nameFi: p.fi,
      nameSv: p.sv ?? null,
      nameEn: p.en ?? null,
      municipalityCode: p.municipalityCode,
      serviceAreaId: p.serviceAreaId,
      address: p.address,
      active: true,
      organisations: p.organisations.map((name) => organisationByName.get(name) as Organisation),
    } satisfies MeetingPlace,
  }));
  for (const place of places) await manager.save(MeetingPlace, place.entity);

  const versions = await manager.find(SurveyVersion, { order: { version: 'ASC' } });
  const tools = new Map(
    versions.map((v) => {
      const definition = JSON.parse(v.definition) as object;
      return [
        `${v.surveyKey}/v${v.version}`,
        { validator: new SurveyAnswerValidator(definition), generator: new DemoAnswerGenerator(definition, random) },
      ];
    }),
  );
  const layouts = exportLayoutsOf(versions);
  const versionAt = (key: string, at: Date) =>
    versions.filter((v) => v.surveyKey === key && v.publishedAt <= at).at(-1) ??
    versions.find((v) => v.surveyKey === key)!;

  const responses: ResponseRecords[] = [];
  const thisYear = now.getUTCFullYear();
  for (const { seed, entity } of places) {
    // Each place has its own climate; it improves a little from one year to the next.
    const baseClimate = random.next() * 1.2 - 0.4;
    for (const year of [thisYear - 2, thisYear - 1, thisYear]) {
      const climate = baseClimate + (year === thisYear ? 0.15 : 0);
      for (const [key, schedule] of Object.entries(SCHEDULE)) {
        for (const [fromMonth, toMonth] of schedule.windows) {
          const expected = seed.size * schedule.perSize;
          const count = Math.max(0, Math.round(expected * (0.7 + random.next() * 0.6)));
          // Helsinki days, like the rounds and periods: an answer generated at 23:30 UTC on the
          // window's last day would otherwise fall outside its round and alone in a slice.
          const start = startOfHelsinkiDay(monthStart(year, fromMonth)).getTime();
          const end = startOfHelsinkiDay(monthStart(year, toMonth + 1)).getTime() - 1;
          for (let i = 0; i < count; i++) {
            const receivedAt = new Date(start + random.next() * (end - start));
            if (receivedAt > now) continue;
            const version = versionAt(key, receivedAt);
            const { validator, generator } = tools.get(`${key}/v${version.version}`)!;
            const generated = generator.answers(climate);
            const validated = validator.validate(generated);
            if (validated.errors.length > 0) {
              throw new Error(`Demo answers for ${key} v${version.version} are invalid: ${JSON.stringify(validated.errors)}`);
            }
            const locale = random.pick(LOCALES.filter((l) => validator.locales.has(l)));
            const records = buildResponseRecords(
              { surveyKey: key, surveyVersion: version.version, meetingPlaceId: entity.id, locale, answers: generated },
              { id: randomUUIDFrom(random), clientResponseId: randomUUIDFrom(random) },
              receivedAt,
              validated,
              layouts.get(key)!,
            );
            responses.push(records);
          }
        }
      }
    }
  }
  await manager.insert(CollectionRound, demoRounds(places.map((p) => p.entity), thisYear, now, random));
  await insertResponseRows(manager, responses);
  // A random stream of its own, so that the evaluations leave the answers above unchanged.
  await seedDemoEvaluations(manager, places.map((p) => p.entity), thisYear, new SeededRandom(20261020));
  await seedDemoPlans(manager, places.map((p) => p.entity), thisYear, now, new SeededRandom(20261207));
  return { places: places.length, responses: responses.length };
}

/**
 * The rounds behind the schedule: each place's Huomaa minut rounds and its autumn visitor
 * survey, in every demo year. Koivukylä also gets a Huomaa minut round open today when none of
 * the scheduled ones is, so that the children's survey can be tried at once.
 */
function demoRounds(places: MeetingPlace[], thisYear: number, now: Date, random: SeededRandom): CollectionRound[] {
  const rounds: CollectionRound[] = [];
  const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);
  for (const place of places) {
    for (const year of [thisYear - 2, thisYear - 1, thisYear]) {
      for (const surveyKey of ROUND_INSTRUMENTS) {
        for (const [fromMonth, toMonth] of SCHEDULE[surveyKey].windows) {
          rounds.push(demoRound(randomUUIDFrom(random), place.id, surveyKey, day(year, fromMonth, 1), day(year, toMonth + 1, 0), now));
        }
      }
    }
  }
  const today = helsinkiDateOf(now);
  const koivukyla = places.find((p) => p.slug === 'koivukyla')!;
  const open = rounds.some((r) => r.meetingPlaceId === koivukyla.id && r.surveyKey === 'huomaa-minut' && r.startsOn <= today && today <= r.endsOn);
  if (!open) {
    const { half, year } = halfYearOf(now);
    const halfEnd = half === 1 ? `${year}-06-30` : `${year}-12-31`;
    const next = rounds
      .filter((r) => r.meetingPlaceId === koivukyla.id && r.surveyKey === 'huomaa-minut' && r.startsOn > today)
      .map((r) => r.startsOn)
      .sort()[0];
    let endsOn = new Date(Date.parse(`${today}T00:00:00Z`) + 13 * 86_400_000).toISOString().slice(0, 10);
    if (endsOn > halfEnd) endsOn = halfEnd;
    if (next && endsOn >= next) endsOn = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    rounds.push(demoRound(randomUUIDFrom(random), koivukyla.id, 'huomaa-minut', today, endsOn, now));
  }
  return rounds;
}

function demoRound(id: string, meetingPlaceId: string, surveyKey: string, startsOn: string, endsOn: string, now: Date): CollectionRound {
  return { id, meetingPlaceId, surveyKey, startsOn, endsOn, closedAt: null, reopenCount: 0, createdBy: null, createdAt: now };
}

/** The first day of a month (0-based, may be 12 for next January), as a calendar date. */
function monthStart(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}
