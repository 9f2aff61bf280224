import { EntityManager } from 'typeorm';
import { DevelopmentAction } from '../../evaluations/development-action.entity';
import type { MeetingPlace } from '../../organisations/meeting-place.entity';
import { CoDevelopmentDay } from '../../plans/co-development-day.entity';
import { EvaluationPlan } from '../../plans/evaluation-plan.entity';
import { helsinkiDateOf } from '../../../../reports/periods';
import type { PlanActivity } from '../../../../reports/plan-status';
import { randomUUIDFrom, SeededRandom } from '../../../../reports/seeded-random';

type Place = Pick<MeetingPlace, 'id' | 'slug'>;

/**
 * Evaluation plans for last year and this year (relative to the app clock) at Koivukylä and
 * Tikkurila, with targets, and the co-development days held so far this year. The statuses are
 * computed from the demo rounds, evaluations and these days when read: Koivukylä's stakeholder
 * survey has no round in the demo, so it shows as overdue after October, and its self-evaluation
 * is left for the user to do. Days after today are not recorded (a day is recorded once held).
 */
export async function seedDemoPlans(manager: EntityManager, places: Place[], thisYear: number, now: Date, random: SeededRandom): Promise<void> {
  const bySlug = new Map(places.map((p) => [p.slug, p]));
  const today = helsinkiDateOf(now);
  const plans: EvaluationPlan[] = [];
  const plan = (slug: string, year: number, activities: [PlanActivity['kind'], number][], targets: [string, number][]) => {
    const place = bySlug.get(slug);
    if (!place) return;
    plans.push({
      id: randomUUIDFrom(random),
      meetingPlaceId: place.id,
      year,
      activities: JSON.stringify(
        activities.map(([kind, month]) => ({ kind, due: `${year}-${String(month).padStart(2, '0')}` })).sort((a, b) => a.due.localeCompare(b.due)),
      ),
      targets: JSON.stringify(targets.map(([indicator, target]) => ({ indicator, target }))),
      updatedAt: new Date(Date.UTC(year, 0, 20, 10)),
    });
  };
  for (const year of [thisYear - 1, thisYear]) {
    plan(
      'koivukyla',
      year,
      [
        ['co-development-day', 3],
        ['huomaa-minut', 4],
        ['co-development-day', 9],
        ['self-evaluation', 10],
        ['stakeholder-survey', 10],
        ['visitor-survey', 11],
        ['huomaa-minut', 11],
      ],
      [
        ['felt-welcome', 0.85],
        ['loneliness', 0.2],
        ['child-heard', 0.7],
        ['network-collaboration', 4],
      ],
    );
    plan(
      'tikkurila',
      year,
      [
        ['huomaa-minut', 4],
        ['co-development-day', 5],
        ['self-evaluation', 10],
        ['visitor-survey', 11],
      ],
      [
        ['felt-welcome', 0.8],
        ['peer-support', 0.7],
      ],
    );
  }
  if (plans.length > 0) await manager.insert(EvaluationPlan, plans);

  const days: CoDevelopmentDay[] = [];
  const actions: DevelopmentAction[] = [];
  const day = (slug: string, date: string, counts: [number, number, number, number], themes: string[], outcomes: string, agreed: [string, string, string][] = []) => {
    const place = bySlug.get(slug);
    if (!place || date > today) return;
    const id = randomUUIDFrom(random);
    const createdAt = new Date(`${date}T15:00:00Z`);
    const [families, children, staff, partners] = counts;
    days.push({ id, meetingPlaceId: place.id, date, families, children, staff, partners, themes: JSON.stringify(themes), outcomes, createdAt });
    for (const [title, owner, dueDate] of agreed) {
      actions.push({ id: randomUUIDFrom(random), meetingPlaceId: place.id, title, criterion: null, owner, dueDate, sourceKind: 'co-development', sourceId: id, status: 'planned', createdAt });
    }
  };
  for (const year of [thisYear - 1, thisYear]) {
    day('koivukyla', `${year}-03-14`, [12, 9, 4, 3], ['Aukioloajat', 'Tiedottaminen eri kielillä'], 'Perheet toivovat lauantaiaamuja ja tiedotteita myös arabiaksi ja somaliksi.');
    day('koivukyla', `${year}-09-19`, [15, 11, 5, 4], ['Isien osallistuminen', 'Vertaisryhmät'], 'Isät toivovat omaa iltaryhmää; vertaisryhmiin halutaan lastenhoito.');
    day(
      'tikkurila',
      `${year}-05-23`,
      [9, 7, 3, 2],
      ['Tilojen viihtyisyys', 'Lasten leikkipaikat'],
      'Leikkinurkkaus uusitaan yhdessä perheiden kanssa; vanhemmat mukaan suunnitteluun.',
      [['Leikkinurkkauksen uusiminen yhdessä perheiden kanssa', 'Vantaan kaupunki', `${year}-10-31`]],
    );
  }
  if (days.length > 0) await manager.insert(CoDevelopmentDay, days);
  if (actions.length > 0) await manager.insert(DevelopmentAction, actions);
}
