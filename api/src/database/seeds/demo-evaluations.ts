import { EntityManager } from 'typeorm';
import { DevelopmentAction, DevelopmentActionNote } from '../../evaluations/development-action.entity';
import { Evaluation } from '../../evaluations/evaluation.entity';
import { EVALUATION_SURVEY_KEY, evaluationInstrumentOf } from '../../evaluations/evaluation-instrument';
import type { MeetingPlace } from '../../organisations/meeting-place.entity';
import { SurveyVersion } from '../../surveys/survey-version.entity';
import { randomUUIDFrom, SeededRandom } from '../../../../reports/seeded-random';

type Place = Pick<MeetingPlace, 'id' | 'slug'>;

/**
 * A year of the evaluation cycle for the demo network, relative to the app clock's year: last
 * year Koivukylä evaluated itself and Hakunila's team evaluated it, with a development plan
 * followed since; Tikkurila went through both. This year Tikkurila has submitted its
 * self-evaluation and Myyrmäki has a draft. Koivukylä's own year is left for the user to try.
 */
export async function seedDemoEvaluations(manager: EntityManager, places: Place[], thisYear: number, random: SeededRandom): Promise<void> {
  const version = await manager.findOne(SurveyVersion, { where: { surveyKey: EVALUATION_SURVEY_KEY }, order: { version: 'DESC' } });
  if (!version) return;
  const { criteria, requiredForSubmit } = evaluationInstrumentOf(JSON.parse(version.definition));
  const bySlug = new Map(places.map((p) => [p.slug, p]));
  const at = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 9));
  const last = thisYear - 1;

  /** Scores around a team's overall level; self-evaluations a little more generous than visitors. */
  const answersOf = (level: number, texts: [string, string]): Record<string, unknown> => {
    const answers: Record<string, unknown> = {};
    for (const { name } of criteria) answers[name] = Math.min(4, Math.max(1, Math.round(level + (random.next() - 0.5) * 1.6)));
    answers.crit_activity_encounter_evidence = 'Jokainen perhe tervehditään ovella, ja vertaisryhmiä on viikoittain.';
    [answers.strengths, answers.development_targets] = texts;
    return answers;
  };
  const evaluation = (placeSlug: string, evaluatorSlug: string, year: number, answers: Record<string, unknown>, submittedAt: Date | null): Evaluation | null => {
    const place = bySlug.get(placeSlug);
    const evaluator = bySlug.get(evaluatorSlug);
    if (!place || !evaluator) return null;
    const created = new Date(submittedAt ? submittedAt.getTime() - 14 * 86_400_000 : at(year, 11, 20).getTime());
    const complete = submittedAt !== null && requiredForSubmit.every((name) => answers[name] !== undefined);
    return {
      id: randomUUIDFrom(random),
      meetingPlaceId: place.id,
      evaluatorPlaceId: evaluator.id,
      year,
      kind: place.id === evaluator.id ? 'self' : 'peer',
      surveyVersion: version.version,
      answers: JSON.stringify(answers),
      status: complete ? 'submitted' : 'draft',
      submittedAt: complete ? submittedAt : null,
      createdAt: created,
      updatedAt: submittedAt ?? created,
    };
  };
  const evaluations = [
    evaluation('koivukyla', 'koivukyla', last, answersOf(3, ['Lämmin vastaanotto ja monikielinen henkilökunta.', 'Toiminnan arviointi säännölliseksi; isät mukaan.']), at(last, 10, 15)),
    evaluation('koivukyla', 'hakunila', last, answersOf(2.6, ['Perheet kohdataan yksilöllisesti; paljon vertaistukea.', 'Aukioloajat iltaisin; tiedotus muilla kielillä.']), at(last, 10, 29)),
    evaluation('tikkurila', 'tikkurila', last, answersOf(2.8, ['Hyvä yhteistyö neuvolan kanssa.', 'Tilojen esteettömyys.']), at(last, 9, 30)),
    evaluation('tikkurila', 'myyrmaki', last, answersOf(2.5, ['Selkeä viikko-ohjelma.', 'Osallisuus suunnittelussa.']), at(last, 10, 20)),
    evaluation('tikkurila', 'tikkurila', thisYear, answersOf(3.1, ['Tilat uudistettu.', 'Verkostoyhteistyö.']), at(thisYear, 10, 5)),
    evaluation('myyrmaki', 'myyrmaki', thisYear, { crit_activity_encounter: 3, crit_activity_togetherness: 2 }, null),
  ].filter((e): e is Evaluation => e !== null);
  await manager.insert(Evaluation, evaluations);

  const koivukyla = bySlug.get('koivukyla');
  if (!koivukyla) return;
  const source = evaluations.find((e) => e.meetingPlaceId === koivukyla.id && e.kind === 'self' && e.year === last)?.id ?? null;
  const action = (title: string, criterion: string, owner: string, dueDate: string, status: DevelopmentAction['status']): DevelopmentAction => ({
    id: randomUUIDFrom(random),
    meetingPlaceId: koivukyla.id,
    title,
    criterion,
    owner,
    dueDate,
    sourceKind: 'evaluation',
    sourceId: source,
    status,
    createdAt: at(last, 11, 25),
  });
  const actions = [
    action('Kielikahvila arabiaa ja somalia puhuville perheille', 'crit_access_languages', 'Moniperheet ry', `${thisYear}-05-31`, 'done'),
    action('Isien vertaisryhmä iltaisin', 'crit_activity_togetherness', 'MLL Uusimaa', `${thisYear}-11-30`, 'in-progress'),
    action('Kävijäpalaute johtoryhmän asialistalle joka kevät ja syksy', 'crit_structure_planning_evaluation', 'Vantaan kaupunki', `${thisYear + 1}-03-31`, 'planned'),
  ];
  await manager.insert(DevelopmentAction, actions);
  const note = (index: number, status: DevelopmentActionNote['status'], text: string, notedAt: Date): DevelopmentActionNote => ({
    id: randomUUIDFrom(random),
    actionId: actions[index].id,
    status,
    note: text,
    notedAt,
  });
  await manager.insert(DevelopmentActionNote, [
    note(0, 'in-progress', 'Tila ja tulkit sovittu; ensimmäinen kerta helmikuussa.', at(thisYear, 1, 20)),
    note(0, 'done', 'Kielikahvila kokoontuu viikoittain, 8–12 perhettä kerralla.', at(thisYear, 5, 28)),
    note(1, 'in-progress', 'Kaksi kokoontumista syksyllä; ohjaaja haussa.', at(thisYear, 9, 15)),
  ]);
}
