/**
 * The indicator catalogue: the one source of truth for what Kohtaamo reports. The API, the
 * dashboards and the CSV export read it; docs/indicators.md is checked against it by
 * reports/indicator-catalogue.spec.ts, and so are the survey definitions it points at.
 *
 * Plain data with no imports, so that the web app can bundle it too.
 */

export interface LocalisedText {
  fi: string;
  sv: string;
  en: string;
}

export type InstrumentKey = 'visitor-survey' | 'stakeholder-survey' | 'instant-feedback' | 'huomaa-minut';

/** The reporting periods: calendar years and half-years of `receivedAt` in Finnish time. */
export type { PeriodType } from './periods';
import type { PeriodType } from './periods';

export type IndicatorUnit = 'share' | 'mean';
export type IndicatorDirection = 'higher-is-better' | 'lower-is-better';

/**
 * How respondents' answers become one figure.
 * - share: the share of respondents who answered the item with one of `values`; skips excluded.
 * - mean: the mean of the answers; the interval is clipped to the item's scale.
 */
export type IndicatorScoring = { type: 'share'; values: readonly number[] } | { type: 'mean' };

/** The item's answer scale: integer codes min..max (see survey-definitions/README.md). */
export interface ItemScale {
  kind: 'agreement' | 'frequency' | 'faces';
  min: number;
  max: number;
}

export interface IndicatorDefinition {
  /** Stable, used in URLs and CSV: never renamed. */
  key: string;
  /** One of the contract's seven core shared indicators (yhteiset mittarit). */
  core: boolean;
  title: LocalisedText;
  description: LocalisedText;
  instrument: InstrumentKey;
  /**
   * Survey version → the item (question `name`) answered in that version. Every published
   * version that has the item is listed; a version without it is left out. An item name means
   * this indicator in every version that has it (checked by the spec), so the aggregation can
   * read the covering index by name without looking at the version.
   */
  items: Readonly<Record<number, string>>;
  scale: ItemScale;
  scoring: IndicatorScoring;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  /** The periods the indicator is published for; the first is the main one for time series. */
  periods: readonly PeriodType[];
  /** A caveat for comparisons over time (a reworded item, a new item). */
  note?: LocalisedText;
  /**
   * The survey versions whose wording of the item differs from the version before. A change
   * between periods answered under different wordings is marked as not comparable.
   */
  rewordedIn?: readonly number[];
}

const AGREEMENT: ItemScale = { kind: 'agreement', min: 1, max: 5 };
const FREQUENCY: ItemScale = { kind: 'frequency', min: 1, max: 5 };
const FACES: ItemScale = { kind: 'faces', min: 1, max: 3 };
/** Täysin tai jokseenkin samaa mieltä: strongly or somewhat agree. */
const AGREE: IndicatorScoring = { type: 'share', values: [4, 5] };
const YEAR: readonly PeriodType[] = ['year'];

/**
 * The visitor-survey item in every published version (v1 2025, v2 2026, v3 December 2026: the
 * same items in ten languages).
 */
const visitorItem = (name: string) => ({ 1: name, 2: name, 3: name });

const REWORDED_IN_V2: LocalisedText = {
  fi: 'Kysymyksen sanamuotoa muutettiin kävijäkyselyn versiossa 2 (2026); vertaa vuoteen 2025 varoen.',
  sv: 'Frågans formulering ändrades i version 2 av besöksenkäten (2026); jämför med 2025 med försiktighet.',
  en: 'The question was reworded in version 2 of the visitor survey (2026); compare with 2025 with care.',
};

export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  {
    key: 'felt-welcome',
    core: true,
    title: { fi: 'Tervetullut olo', sv: 'Känner sig välkommen', en: 'Feeling welcome' },
    description: {
      fi: 'Niiden kävijöiden osuus, jotka ovat täysin tai jokseenkin samaa mieltä väitteestä ”Tunnen itseni tervetulleeksi, ja minua kuunnellaan täällä.”',
      sv: 'Andelen besökare som instämmer helt eller delvis i påståendet ”Jag känner mig välkommen, och här lyssnar man på mig.”',
      en: 'Share of visitors who strongly or somewhat agree with "I feel welcome here, and people listen to me."',
    },
    instrument: 'visitor-survey',
    items: visitorItem('felt_welcome'),
    scale: AGREEMENT,
    scoring: AGREE,
    unit: 'share',
    direction: 'higher-is-better',
    periods: YEAR,
  },
  {
    key: 'peer-support',
    core: true,
    title: { fi: 'Vertaistuki', sv: 'Kamratstöd', en: 'Peer support' },
    description: {
      fi: 'Niiden kävijöiden osuus, jotka ovat täysin tai jokseenkin samaa mieltä väitteestä ”Olen saanut täältä vertaistukea ja tutustunut uusiin ihmisiin.”',
      sv: 'Andelen besökare som instämmer helt eller delvis i påståendet ”Jag har fått kamratstöd här och lärt känna nya människor.”',
      en: 'Share of visitors who strongly or somewhat agree with "I have found peer support here and got to know new people."',
    },
    instrument: 'visitor-survey',
    items: visitorItem('peer_support'),
    scale: AGREEMENT,
    scoring: AGREE,
    unit: 'share',
    direction: 'higher-is-better',
    periods: YEAR,
  },
  {
    key: 'loneliness',
    core: true,
    title: { fi: 'Yksinäisyys', sv: 'Ensamhet', en: 'Loneliness' },
    description: {
      fi: 'Niiden kävijöiden osuus, jotka vastaavat kysymykseen ”Tunnetko itsesi yksinäiseksi?” usein tai aina. Pienempi on parempi.',
      sv: 'Andelen besökare som svarar ofta eller alltid på frågan ”Känner du dig ensam?”. Lägre är bättre.',
      en: 'Share of visitors who answer "Do you feel lonely?" with often or always. Lower is better.',
    },
    instrument: 'visitor-survey',
    items: visitorItem('loneliness'),
    scale: FREQUENCY,
    // Usein, Aina: often, always.
    scoring: { type: 'share', values: [4, 5] },
    unit: 'share',
    direction: 'lower-is-better',
    periods: YEAR,
  },
  {
    key: 'everyday-easier',
    core: true,
    title: { fi: 'Arki helpottunut', sv: 'Lättare vardag', en: 'Everyday life easier' },
    description: {
      fi: 'Niiden kävijöiden osuus, jotka ovat täysin tai jokseenkin samaa mieltä väitteestä ”Kohtaamispaikka on tehnyt perheemme arjesta helpompaa.”',
      sv: 'Andelen besökare som instämmer helt eller delvis i påståendet ”Mötesplatsen har gjort vår familjs vardag lättare.”',
      en: 'Share of visitors who strongly or somewhat agree with "The meeting place has made our family\'s everyday life easier."',
    },
    instrument: 'visitor-survey',
    items: visitorItem('everyday_easier'),
    scale: AGREEMENT,
    scoring: AGREE,
    unit: 'share',
    direction: 'higher-is-better',
    periods: YEAR,
  },
  {
    key: 'instant-positive',
    core: true,
    title: { fi: 'Myönteinen pikapalaute', sv: 'Positiv snabbrespons', en: 'Positive quick feedback' },
    description: {
      fi: 'Niiden pikapalautteiden osuus, joissa päivä täällä oli ”Kiva” (iloiset kasvot).',
      sv: 'Andelen snabbresponser där dagen här var ”Bra” (glad min).',
      en: 'Share of quick-feedback answers where the day here was "Good" (the happy face).',
    },
    instrument: 'instant-feedback',
    items: { 1: 'mood', 2: 'mood' },
    scale: FACES,
    scoring: { type: 'share', values: [3] },
    unit: 'share',
    direction: 'higher-is-better',
    periods: ['year', 'half-year'],
  },
  {
    key: 'child-heard',
    core: true,
    title: { fi: 'Lapsi tulee kuulluksi', sv: 'Barnet blir hört', en: 'Child feels heard' },
    description: {
      fi: 'Huomaa minut -kierroksella niiden lasten osuus, jotka vastaavat kysymykseen ”Kuuntelevatko aikuiset sinua täällä?” kyllä.',
      sv: 'Andelen barn som på en Huomaa minut-runda svarar ja på frågan ”Lyssnar de vuxna på dig här?”.',
      en: 'Share of children in a Huomaa minut (Notice me) round who answer yes to "Do the grown-ups here listen to you?"',
    },
    instrument: 'huomaa-minut',
    items: { 1: 'felt_heard', 2: 'felt_heard' },
    scale: FACES,
    scoring: { type: 'share', values: [3] },
    unit: 'share',
    direction: 'higher-is-better',
    periods: ['half-year'],
  },
  {
    key: 'network-collaboration',
    core: true,
    title: { fi: 'Verkostoyhteistyö', sv: 'Samarbete i nätverket', en: 'Network collaboration' },
    description: {
      fi: 'Sidosryhmien vastausten keskiarvo (1–5) väitteestä ”Yhteistyö kohtaamispaikan kanssa toimii hyvin.”',
      sv: 'Medelvärdet (1–5) av samarbetspartnernas svar på påståendet ”Samarbetet med mötesplatsen fungerar bra.”',
      en: 'Mean (1–5) of partners\' answers to "Cooperation with the meeting place works well."',
    },
    instrument: 'stakeholder-survey',
    items: { 1: 'collaboration_works' },
    scale: AGREEMENT,
    scoring: { type: 'mean' },
    unit: 'mean',
    direction: 'higher-is-better',
    periods: YEAR,
  },
  {
    key: 'parenting-resources',
    core: false,
    title: { fi: 'Voimia vanhemmuuteen', sv: 'Stöd i föräldraskapet', en: 'Support for parenting' },
    description: {
      fi: 'Niiden kävijöiden osuus, jotka ovat täysin tai jokseenkin samaa mieltä, että ovat saaneet kohtaamispaikasta voimia ja tukea vanhemmuuteen.',
      sv: 'Andelen besökare som instämmer helt eller delvis i att de har fått kraft och stöd i föräldraskapet på mötesplatsen.',
      en: 'Share of visitors who strongly or somewhat agree that the meeting place has given them strength and support as a parent.',
    },
    instrument: 'visitor-survey',
    items: visitorItem('parenting_resources'),
    scale: AGREEMENT,
    scoring: AGREE,
    unit: 'share',
    direction: 'higher-is-better',
    periods: YEAR,
    note: REWORDED_IN_V2,
    rewordedIn: [2],
  },
  {
    key: 'guidance-to-help',
    core: false,
    title: { fi: 'Ohjaus oikeaan apuun', sv: 'Vägledning till rätt hjälp', en: 'Guidance to the right help' },
    description: {
      fi: 'Niiden kävijöiden osuus, jotka ovat täysin tai jokseenkin samaa mieltä, että heidät on apua tarvitessaan ohjattu oikeaan paikkaan.',
      sv: 'Andelen besökare som instämmer helt eller delvis i att de har blivit hänvisade till rätt ställe när de behövt hjälp.',
      en: 'Share of visitors who strongly or somewhat agree that they were guided to the right help when they needed it.',
    },
    instrument: 'visitor-survey',
    items: visitorItem('guidance_to_help'),
    scale: AGREEMENT,
    scoring: AGREE,
    unit: 'share',
    direction: 'higher-is-better',
    periods: YEAR,
    note: REWORDED_IN_V2,
    rewordedIn: [2],
  },
  {
    key: 'children-play',
    core: false,
    title: { fi: 'Lasten leikki ja ilo', sv: 'Barnens lek och glädje', en: 'Children\'s play and joy' },
    description: {
      fi: 'Niiden kävijöiden osuus, jotka ovat täysin tai jokseenkin samaa mieltä väitteestä ”Lapseni leikkivät ja viihtyvät täällä.”',
      sv: 'Andelen besökare som instämmer helt eller delvis i påståendet ”Mina barn leker och trivs här.”',
      en: 'Share of visitors who strongly or somewhat agree with "My children play and have fun here."',
    },
    instrument: 'visitor-survey',
    items: visitorItem('children_play'),
    scale: AGREEMENT,
    scoring: AGREE,
    unit: 'share',
    direction: 'higher-is-better',
    periods: YEAR,
  },
  {
    key: 'participation',
    core: false,
    title: { fi: 'Osallisuus', sv: 'Delaktighet', en: 'Participation' },
    description: {
      fi: 'Niiden kävijöiden osuus, jotka ovat täysin tai jokseenkin samaa mieltä, että voivat vaikuttaa kohtaamispaikan toimintaan.',
      sv: 'Andelen besökare som instämmer helt eller delvis i att de kan påverka verksamheten på mötesplatsen.',
      en: 'Share of visitors who strongly or somewhat agree that they can have a say in the activities of the meeting place.',
    },
    instrument: 'visitor-survey',
    items: visitorItem('participation'),
    scale: AGREEMENT,
    scoring: AGREE,
    unit: 'share',
    direction: 'higher-is-better',
    periods: YEAR,
    note: REWORDED_IN_V2,
    rewordedIn: [2],
  },
  {
    key: 'would-recommend',
    core: false,
    title: { fi: 'Suosittelisi muille', sv: 'Skulle rekommendera', en: 'Would recommend' },
    description: {
      fi: 'Niiden kävijöiden osuus, jotka ovat täysin tai jokseenkin samaa mieltä väitteestä ”Suosittelisin kohtaamispaikkaa muille perheille.”',
      sv: 'Andelen besökare som instämmer helt eller delvis i påståendet ”Jag skulle rekommendera mötesplatsen till andra familjer.”',
      en: 'Share of visitors who strongly or somewhat agree with "I would recommend the meeting place to other families."',
    },
    instrument: 'visitor-survey',
    items: { 2: 'would_recommend', 3: 'would_recommend' },
    scale: AGREEMENT,
    scoring: AGREE,
    unit: 'share',
    direction: 'higher-is-better',
    periods: YEAR,
    note: {
      fi: 'Kysytty kävijäkyselyn versiosta 2 (2026) alkaen.',
      sv: 'Frågas från och med version 2 av besöksenkäten (2026).',
      en: 'Asked from version 2 of the visitor survey (2026) on.',
    },
  },
  {
    key: 'child-feels-good',
    core: false,
    title: { fi: 'Lapsella on kiva olla', sv: 'Barnet trivs', en: 'Child enjoys being here' },
    description: {
      fi: 'Huomaa minut -kierroksella niiden lasten osuus, joiden mielestä täällä on kiva olla.',
      sv: 'Andelen barn som på en Huomaa minut-runda tycker att det känns bra att vara här.',
      en: 'Share of children in a Huomaa minut (Notice me) round who say it feels nice to be here.',
    },
    instrument: 'huomaa-minut',
    items: { 1: 'feels_here', 2: 'feels_here' },
    scale: FACES,
    scoring: { type: 'share', values: [3] },
    unit: 'share',
    direction: 'higher-is-better',
    periods: ['half-year'],
  },
  {
    key: 'stakeholder-referrals',
    core: false,
    title: { fi: 'Perheiden ohjaaminen sujuu', sv: 'Hänvisning av familjer fungerar', en: 'Referrals work' },
    description: {
      fi: 'Sidosryhmien vastausten keskiarvo (1–5) väitteestä, että perheiden ohjaaminen heiltä kohtaamispaikkaan ja kohtaamispaikasta heille sujuu.',
      sv: 'Medelvärdet (1–5) av samarbetspartnernas svar på påståendet att det fungerar smidigt att hänvisa familjer mellan dem och mötesplatsen.',
      en: 'Mean (1–5) of partners\' answers to "Referring families from us to the meeting place, and from the meeting place to us, works smoothly."',
    },
    instrument: 'stakeholder-survey',
    items: { 1: 'referrals_work' },
    scale: AGREEMENT,
    scoring: { type: 'mean' },
    unit: 'mean',
    direction: 'higher-is-better',
    periods: YEAR,
  },
  {
    key: 'joint-leadership',
    core: false,
    title: { fi: 'Yhteinen johtaminen', sv: 'Gemensam ledning', en: 'Joint leadership' },
    description: {
      fi: 'Sidosryhmien vastausten keskiarvo (1–5) väitteestä ”Yhteinen johtaminen (johtoryhmä ja talokokous) toimii, ja päätökset tehdään yhdessä.”',
      sv: 'Medelvärdet (1–5) av samarbetspartnernas svar på påståendet ”Den gemensamma ledningen (ledningsgruppen och husmötet) fungerar, och besluten fattas tillsammans.”',
      en: 'Mean (1–5) of partners\' answers to "Joint leadership (the steering group and the house meeting) works, and decisions are made together."',
    },
    instrument: 'stakeholder-survey',
    items: { 1: 'joint_leadership' },
    scale: AGREEMENT,
    scoring: { type: 'mean' },
    unit: 'mean',
    direction: 'higher-is-better',
    periods: YEAR,
  },
];

const BY_KEY = new Map(INDICATOR_CATALOGUE.map((indicator) => [indicator.key, indicator]));

export function findIndicator(key: string): IndicatorDefinition | undefined {
  return BY_KEY.get(key);
}

/**
 * Whether a change between two periods compares the same question: the wordings (counted by
 * the rewordings up to each version) answered in both periods are one and the same. Unknown
 * versions (releases made before versions were recorded) count as comparable.
 */
export function comparableWording(indicator: IndicatorDefinition, current: readonly number[] | undefined, previous: readonly number[] | undefined): boolean {
  if (!current || !previous) return true;
  const wordingOf = (version: number) => (indicator.rewordedIn ?? []).filter((changed) => changed <= version).length;
  const wordings = new Set([...current, ...previous].filter((version) => indicator.items[version] !== undefined).map(wordingOf));
  return wordings.size <= 1;
}

/** The distinct item names an indicator reads, over all versions. */
export function itemNamesOf(indicator: IndicatorDefinition): string[] {
  return [...new Set(Object.values(indicator.items))].sort();
}
