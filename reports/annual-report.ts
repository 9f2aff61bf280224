/**
 * The steering group's annual report (vuosiraportti): one place and year on A4, and the region
 * version with its places side by side. Pure: the data in, a pdfmake document definition out
 * (api/src/annual-reports renders it; the printable web page shows the same data).
 *
 * Only released, disclosure-protected figures and staff-recorded facts go in: a suppressed
 * cell stays suppressed here, and no written answer (free text of a survey, an evaluation's
 * evidence notes or team summaries) is ever part of the data.
 */
import type { IndicatorDirection, IndicatorUnit, LocalisedText } from './indicator-catalogue';
import type { ActivityStatus } from './plan-status';
import type { TargetAssessment } from './target-assessment';

export type ReportLanguage = 'fi' | 'sv' | 'en';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['fi', 'sv', 'en'];

export type FigureStatus = 'published' | 'suppressed' | 'no-answers' | 'not-released';

/** A released figure as the dashboards show it. */
export interface ReportFigure {
  value: number | null;
  n: number;
  status: FigureStatus;
  ci95: [number, number] | null;
}

export interface ReportChange {
  value: number;
  ci95: [number, number];
  /** Its own 95 % interval excludes 0. */
  clear: boolean;
  /** Both periods asked the same question. */
  comparable: boolean;
}

/** How the plans assess a target against the year's released figure (reports/target-assessment.ts). */
export type { TargetAssessment };

export interface ReportIndicator extends ReportFigure {
  key: string;
  title: LocalisedText;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  previous: (ReportFigure & { period: string }) | null;
  change: ReportChange | null;
  /** The place's target for the year (its evaluation plan), when it set one. */
  target: { target: number; assessment: TargetAssessment } | null;
}

export interface ReportRound {
  startsOn: string;
  endsOn: string;
  status: string;
  /** Children who answered: participation, exact. */
  respondents: number;
  released: boolean;
  indicators: Array<ReportFigure & { key: string; title: LocalisedText; unit: IndicatorUnit }>;
}

export interface ReportScore {
  self: number | null;
  peerMean: number | null;
  gap: number | null;
}

export interface ReportEvaluation {
  evaluations: Array<{ kind: 'self' | 'peer'; evaluatorPlace: LocalisedText; status: 'draft' | 'submitted' }>;
  areas: Array<ReportScore & { area: string; title: LocalisedText }>;
  criteria: Array<ReportScore & { criterion: string; title: LocalisedText }>;
  largestGaps: string[];
}

export type ActionStatus = 'planned' | 'in-progress' | 'done' | 'dropped';

export interface ReportAction {
  title: string;
  owner: string;
  dueDate: string;
  status: ActionStatus;
  overdue: boolean;
}

/** A plan activity's status, computed by the plans (reports/plan-status.ts). */
export type PlanActivityStatus = ActivityStatus;

export interface ReportPlanActivity {
  kind: string;
  /** YYYY-MM. */
  due: string;
  status: PlanActivityStatus;
}

export interface ReportCoDevelopmentDay {
  date: string;
  participants: { families: number; children: number; staff: number; partners: number };
  themes: string[];
  /** What the day agreed, as the staff recorded it (its actions are among the development actions). */
  outcomes: string;
}

/**
 * The evaluation plan and co-development days of the year (api/src/plans). `plan` is null when
 * the place made no plan for the year.
 */
export interface ReportPlanning {
  plan: { activities: ReportPlanActivity[] } | null;
  coDevelopmentDays: ReportCoDevelopmentDay[];
}

export interface AnnualReportData {
  meetingPlace: { slug: string; name: LocalisedText };
  region: { code: string; name: LocalisedText };
  year: number;
  /** When the report was made (ISO instant): figures are those released by then. */
  generatedAt: string;
  indicators: ReportIndicator[];
  /** Indicators published per half-year only (instant feedback, Huomaa minut), per half. */
  halfYearly: Array<{ period: string; indicators: ReportIndicator[] }>;
  rounds: ReportRound[];
  evaluation: ReportEvaluation;
  actions: ReportAction[];
  /** null: the evaluation plans are not available in this installation. */
  planning: ReportPlanning | null;
}

export interface RegionReportPlace {
  meetingPlace: { slug: string; name: LocalisedText };
  indicators: Array<ReportFigure & { key: string }>;
  /** Activities of the year's plan by status; null without a plan (or without plans at all). */
  plan: Record<PlanActivityStatus, number> | null;
  evaluations: { self: boolean; peers: number };
  actions: Record<ActionStatus | 'overdue', number>;
  /** null: the co-development days are not available in this installation. */
  coDevelopmentDays: number | null;
}

export interface RegionAnnualReportData {
  region: { code: string; name: LocalisedText };
  year: number;
  generatedAt: string;
  indicators: Array<{ key: string; title: LocalisedText; unit: IndicatorUnit }>;
  /** The region as a whole (pooled). */
  total: Array<ReportFigure & { key: string }>;
  places: RegionReportPlace[];
  planningAvailable: boolean;
}

// ---------------------------------------------------------------------------------------------
// Strings

interface ReportStrings {
  title: (year: number) => string;
  regionTitle: (year: number) => string;
  forSteeringGroup: string;
  forRegion: string;
  made: (date: string) => string;
  disclosureNote: string;
  indicators: string;
  halfYear: (period: string) => string;
  indicator: string;
  value: string;
  interval: string;
  n: string;
  lastYear: string;
  previous: string;
  change: string;
  target: string;
  noIndicators: string;
  withoutAnswers: string;
  evaluationKind: string;
  status: Record<FigureStatus, string>;
  withheld: string;
  percentagePoints: string;
  points: string;
  better: string;
  worse: string;
  noClearChange: string;
  notComparable: string;
  assessment: Record<TargetAssessment, string>;
  noTarget: string;
  plan: string;
  noPlan: string;
  planningMissing: string;
  activity: string;
  statusColumn: string;
  due: string;
  activityKinds: Record<string, string>;
  activityStatus: Record<PlanActivityStatus, string>;
  rounds: string;
  noRounds: string;
  days: string;
  roundStatus: Record<string, string>;
  children: string;
  notReleased: string;
  evaluation: string;
  noEvaluations: string;
  evaluationKinds: { self: string; peer: string };
  evaluationStatus: { draft: string; submitted: string };
  evaluator: string;
  area: string;
  criterion: string;
  self: string;
  peers: string;
  gap: string;
  largestGaps: string;
  coDevelopment: string;
  noCoDevelopment: string;
  date: string;
  families: string;
  staff: string;
  partners: string;
  themes: string;
  outcomes: string;
  actions: string;
  noActions: string;
  action: string;
  owner: string;
  actionStatus: Record<ActionStatus, string>;
  overdue: string;
  place: string;
  planCounts: string;
  evaluationsDone: string;
  actionCounts: string;
  coDevelopmentDays: string;
  regionTotal: string;
  noPlaces: string;
  yes: string;
  no: string;
  page: (page: number, pages: number) => string;
}

const FI: ReportStrings = {
  title: (year) => `Vuosiraportti ${year}`,
  regionTitle: (year) => `Alueen vuosiraportti ${year}`,
  forSteeringGroup: 'Kohtaamispaikan ohjausryhmälle',
  forRegion: 'Alueen kohtaamispaikat rinnakkain',
  made: (date) => `Laadittu ${date}. Luvut ovat ne, jotka oli julkaistu tähän päivään mennessä.`,
  disclosureNote: 'Alle viiden vastaajan lukuja ei näytetä, eikä lukuja, joista ne voisi päätellä. Väli on 95 %:n luottamusväli.',
  indicators: 'Yhteiset mittarit',
  halfYear: (period) => `Puolivuosittaiset mittarit ${period.replace('-H1', ', kevät').replace('-H2', ', syksy')}`,
  indicator: 'Mittari',
  value: 'Arvo',
  interval: 'Väli (95 %)',
  n: 'Vastaajia',
  lastYear: 'Edellinen vuosi',
  previous: 'Edellinen jakso',
  change: 'Muutos',
  target: 'Tavoite',
  noIndicators: 'Ei mittareita tälle jaksolle.',
  withoutAnswers: 'Ei vastauksia tältä eikä edelliseltä jaksolta',
  evaluationKind: 'Arviointi',
  status: { published: '', suppressed: 'alle 5 vastausta', 'no-answers': 'ei vastauksia', 'not-released': 'ei vielä julkaistu' },
  withheld: 'ei näytetä (suojaa pientä ryhmää)',
  percentagePoints: '%-yks.',
  points: 'yks.',
  better: 'parempi',
  worse: 'heikompi',
  noClearChange: 'ei selvää muutosta',
  notComparable: 'ei vertailukelpoinen',
  assessment: { met: 'saavutettu', 'not-met': 'ei saavutettu', undecidable: 'ei voida ratkaista', 'no-figure': 'ei lukua' },
  noTarget: '–',
  plan: 'Arviointisuunnitelma',
  noPlan: 'Vuodelle ei ole tehty arviointisuunnitelmaa.',
  planningMissing: 'Arviointisuunnitelmat ja yhteiskehittämispäivät eivät ole käytössä tässä palvelussa.',
  activity: 'Toimenpide',
  statusColumn: 'Tila',
  due: 'Ajankohta',
  activityKinds: {
    'visitor-survey': 'Kävijäkysely',
    'stakeholder-survey': 'Sidosryhmäkysely',
    'huomaa-minut': 'Huomaa minut',
    'self-evaluation': 'Itsearviointi',
    'peer-evaluation': 'Vertaisarviointi',
    'co-development-day': 'Yhteiskehittämispäivä',
  },
  activityStatus: { upcoming: 'tulossa', due: 'ajankohtainen', done: 'tehty', overdue: 'myöhässä' },
  rounds: 'Huomaa minut -kierrokset',
  noRounds: 'Vuonna ei ollut Huomaa minut -kierroksia.',
  days: 'Ajanjakso',
  roundStatus: { scheduled: 'tulossa', open: 'käynnissä', closed: 'päättynyt', cancelled: 'peruttu' },
  children: 'Lapsia vastasi',
  notReleased: 'Luvut julkaistaan, kun kierros on päättynyt.',
  evaluation: 'Itse- ja vertaisarviointi',
  noEvaluations: 'Vuodelta ei ole itse- tai vertaisarviointia.',
  evaluationKinds: { self: 'Itsearviointi', peer: 'Vertaisarviointi' },
  evaluationStatus: { draft: 'kesken', submitted: 'valmis' },
  evaluator: 'Arvioija',
  area: 'Osa-alue',
  criterion: 'Kriteeri',
  self: 'Itse',
  peers: 'Vertaiset',
  gap: 'Ero',
  largestGaps: 'Suurimmat erot',
  coDevelopment: 'Yhteiskehittämispäivät',
  noCoDevelopment: 'Vuonna ei ole kirjattu yhteiskehittämispäiviä.',
  date: 'Päivä',
  families: 'Perheitä',
  staff: 'Henkilöstöä',
  partners: 'Kumppaneita',
  themes: 'Teemat',
  outcomes: 'Tulokset',
  actions: 'Kehittämistoimenpiteet',
  noActions: 'Ei kehittämistoimenpiteitä tälle vuodelle.',
  action: 'Toimenpide',
  owner: 'Vastuutaho',
  actionStatus: { planned: 'suunniteltu', 'in-progress': 'käynnissä', done: 'valmis', dropped: 'luovuttu' },
  overdue: 'myöhässä',
  place: 'Kohtaamispaikka',
  planCounts: 'Suunnitelma (tehty / myöhässä / kaikki)',
  evaluationsDone: 'Arvioinnit (itse / vertais)',
  actionCounts: 'Toimenpiteet (valmis / kaikki / myöhässä)',
  coDevelopmentDays: 'Yhteiskehittämispäiviä',
  regionTotal: 'Alue yhteensä',
  noPlaces: 'Alueella ei ole kohtaamispaikkoja.',
  yes: 'kyllä',
  no: 'ei',
  page: (page, pages) => `Sivu ${page}/${pages}`,
};

const SV: ReportStrings = {
  title: (year) => `Årsrapport ${year}`,
  regionTitle: (year) => `Områdets årsrapport ${year}`,
  forSteeringGroup: 'Till mötesplatsens styrgrupp',
  forRegion: 'Områdets mötesplatser sida vid sida',
  made: (date) => `Uppgjord ${date}. Siffrorna är de som hade publicerats till denna dag.`,
  disclosureNote: 'Siffror med färre än fem svarande visas inte, inte heller siffror som de kunde härledas ur. Intervallet är ett 95 % konfidensintervall.',
  indicators: 'Gemensamma indikatorer',
  halfYear: (period) => `Halvårsindikatorer ${period.replace('-H1', ', våren').replace('-H2', ', hösten')}`,
  indicator: 'Indikator',
  value: 'Värde',
  interval: 'Intervall (95 %)',
  n: 'Svarande',
  lastYear: 'Föregående år',
  previous: 'Föregående period',
  change: 'Förändring',
  target: 'Mål',
  noIndicators: 'Inga indikatorer för perioden.',
  withoutAnswers: 'Inga svar för denna eller föregående period',
  evaluationKind: 'Utvärdering',
  status: { published: '', suppressed: 'färre än 5 svar', 'no-answers': 'inga svar', 'not-released': 'inte publicerad ännu' },
  withheld: 'visas inte (skyddar en liten grupp)',
  percentagePoints: 'procentenheter',
  points: 'enheter',
  better: 'bättre',
  worse: 'sämre',
  noClearChange: 'ingen klar förändring',
  notComparable: 'inte jämförbar',
  assessment: { met: 'uppnått', 'not-met': 'inte uppnått', undecidable: 'kan inte avgöras', 'no-figure': 'ingen siffra' },
  noTarget: '–',
  plan: 'Utvärderingsplan',
  noPlan: 'Ingen utvärderingsplan har gjorts för året.',
  planningMissing: 'Utvärderingsplaner och samutvecklingsdagar används inte i denna tjänst.',
  activity: 'Åtgärd',
  statusColumn: 'Status',
  due: 'Tidpunkt',
  activityKinds: {
    'visitor-survey': 'Besökarenkät',
    'stakeholder-survey': 'Intressentenkät',
    'huomaa-minut': 'Lägg märke till mig',
    'self-evaluation': 'Självutvärdering',
    'peer-evaluation': 'Kollegial utvärdering',
    'co-development-day': 'Samutvecklingsdag',
  },
  activityStatus: { upcoming: 'kommande', due: 'aktuell', done: 'gjord', overdue: 'försenad' },
  rounds: 'Omgångar av Lägg märke till mig',
  noRounds: 'Inga omgångar av Lägg märke till mig under året.',
  days: 'Period',
  roundStatus: { scheduled: 'kommande', open: 'pågår', closed: 'avslutad', cancelled: 'inställd' },
  children: 'Barn svarade',
  notReleased: 'Siffrorna publiceras när omgången har avslutats.',
  evaluation: 'Själv- och kollegial utvärdering',
  noEvaluations: 'Ingen själv- eller kollegial utvärdering för året.',
  evaluationKinds: { self: 'Självutvärdering', peer: 'Kollegial utvärdering' },
  evaluationStatus: { draft: 'pågår', submitted: 'klar' },
  evaluator: 'Utvärderare',
  area: 'Område',
  criterion: 'Kriterium',
  self: 'Själv',
  peers: 'Kolleger',
  gap: 'Skillnad',
  largestGaps: 'Största skillnader',
  coDevelopment: 'Samutvecklingsdagar',
  noCoDevelopment: 'Inga samutvecklingsdagar har registrerats under året.',
  date: 'Dag',
  families: 'Familjer',
  staff: 'Personal',
  partners: 'Partner',
  themes: 'Teman',
  outcomes: 'Resultat',
  actions: 'Utvecklingsåtgärder',
  noActions: 'Inga utvecklingsåtgärder för året.',
  action: 'Åtgärd',
  owner: 'Ansvarig',
  actionStatus: { planned: 'planerad', 'in-progress': 'pågår', done: 'klar', dropped: 'slopad' },
  overdue: 'försenad',
  place: 'Mötesplats',
  planCounts: 'Plan (gjorda / försenade / alla)',
  evaluationsDone: 'Utvärderingar (själv / kollegial)',
  actionCounts: 'Åtgärder (klara / alla / försenade)',
  coDevelopmentDays: 'Samutvecklingsdagar',
  regionTotal: 'Området totalt',
  noPlaces: 'Det finns inga mötesplatser i området.',
  yes: 'ja',
  no: 'nej',
  page: (page, pages) => `Sida ${page}/${pages}`,
};

const EN: ReportStrings = {
  title: (year) => `Annual report ${year}`,
  regionTitle: (year) => `Regional annual report ${year}`,
  forSteeringGroup: 'For the meeting place’s steering group',
  forRegion: 'The region’s meeting places side by side',
  made: (date) => `Made on ${date}. The figures are those released by that day.`,
  disclosureNote: 'Figures of fewer than five respondents are not shown, nor figures they could be worked out from. The interval is a 95 % confidence interval.',
  indicators: 'Shared indicators',
  halfYear: (period) => `Half-yearly indicators ${period.replace('-H1', ', spring').replace('-H2', ', autumn')}`,
  indicator: 'Indicator',
  value: 'Value',
  interval: 'Interval (95 %)',
  n: 'Respondents',
  lastYear: 'Previous year',
  previous: 'Previous period',
  change: 'Change',
  target: 'Target',
  noIndicators: 'No indicators for this period.',
  withoutAnswers: 'No answers in this period or the one before',
  evaluationKind: 'Evaluation',
  status: { published: '', suppressed: 'fewer than 5 answers', 'no-answers': 'no answers', 'not-released': 'not released yet' },
  withheld: 'not shown (protects a small group)',
  percentagePoints: 'percentage points',
  points: 'points',
  better: 'better',
  worse: 'worse',
  noClearChange: 'no clear change',
  notComparable: 'not comparable',
  assessment: { met: 'met', 'not-met': 'not met', undecidable: 'cannot be decided', 'no-figure': 'no figure' },
  noTarget: '–',
  plan: 'Evaluation plan',
  noPlan: 'No evaluation plan was made for the year.',
  planningMissing: 'Evaluation plans and co-development days are not in use in this service.',
  activity: 'Activity',
  statusColumn: 'Status',
  due: 'When',
  activityKinds: {
    'visitor-survey': 'Visitor survey',
    'stakeholder-survey': 'Stakeholder survey',
    'huomaa-minut': 'Notice me (Huomaa minut)',
    'self-evaluation': 'Self-evaluation',
    'peer-evaluation': 'Peer evaluation',
    'co-development-day': 'Co-development day',
  },
  activityStatus: { upcoming: 'upcoming', due: 'due', done: 'done', overdue: 'overdue' },
  rounds: 'Notice me (Huomaa minut) rounds',
  noRounds: 'No Huomaa minut rounds in the year.',
  days: 'Days',
  roundStatus: { scheduled: 'scheduled', open: 'open', closed: 'closed', cancelled: 'cancelled' },
  children: 'Children answered',
  notReleased: 'The figures are released once the round has closed.',
  evaluation: 'Self- and peer evaluation',
  noEvaluations: 'No self- or peer evaluation for the year.',
  evaluationKinds: { self: 'Self-evaluation', peer: 'Peer evaluation' },
  evaluationStatus: { draft: 'in progress', submitted: 'submitted' },
  evaluator: 'Evaluator',
  area: 'Area',
  criterion: 'Criterion',
  self: 'Self',
  peers: 'Peers',
  gap: 'Gap',
  largestGaps: 'Largest gaps',
  coDevelopment: 'Co-development days',
  noCoDevelopment: 'No co-development days were recorded in the year.',
  date: 'Date',
  families: 'Families',
  staff: 'Staff',
  partners: 'Partners',
  themes: 'Themes',
  outcomes: 'Outcomes',
  actions: 'Development actions',
  noActions: 'No development actions for the year.',
  action: 'Action',
  owner: 'Owner',
  actionStatus: { planned: 'planned', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' },
  overdue: 'overdue',
  place: 'Meeting place',
  planCounts: 'Plan (done / overdue / all)',
  evaluationsDone: 'Evaluations (self / peer)',
  actionCounts: 'Actions (done / all / overdue)',
  coDevelopmentDays: 'Co-development days',
  regionTotal: 'Region in all',
  noPlaces: 'The region has no meeting places.',
  yes: 'yes',
  no: 'no',
  page: (page, pages) => `Page ${page} of ${pages}`,
};

const STRINGS: Record<ReportLanguage, ReportStrings> = { fi: FI, sv: SV, en: EN };

export function reportStrings(lang: ReportLanguage): ReportStrings {
  return STRINGS[lang];
}

export function isReportLanguage(text: unknown): text is ReportLanguage {
  return typeof text === 'string' && (REPORT_LANGUAGES as readonly string[]).includes(text);
}

// ---------------------------------------------------------------------------------------------
// Formatting. Plain ASCII spaces and hyphen-minus: the PDF uses the standard fonts, whose
// encoding (WinAnsi) has the Finnish and Swedish letters but no Unicode minus or narrow space.

function decimal(value: number, digits: number, lang: ReportLanguage): string {
  const text = Math.abs(value).toFixed(digits);
  const signed = value < 0 && Number(text) !== 0 ? `-${text}` : text;
  return lang === 'en' ? signed : signed.replace('.', ',');
}

/** "70,7 %" for a share of 0.7071, "4,0" for a mean of 4 (one decimal, as the dashboards). */
export function formatFigure(value: number, unit: IndicatorUnit, lang: ReportLanguage): string {
  return unit === 'share' ? `${decimal(value * 100, 1, lang)} %` : decimal(value, 1, lang);
}

export function formatInterval(ci: [number, number], unit: IndicatorUnit, lang: ReportLanguage): string {
  return unit === 'share'
    ? `${decimal(ci[0] * 100, 1, lang)}–${decimal(ci[1] * 100, 1, lang)} %`
    : `${decimal(ci[0], 1, lang)}–${decimal(ci[1], 1, lang)}`;
}

/** The value, or why there is none: never a 0, never blank. */
export function figureText(figure: ReportFigure, unit: IndicatorUnit, lang: ReportLanguage): string {
  const t = STRINGS[lang];
  if (figure.status === 'published' && figure.value !== null) return formatFigure(figure.value, unit, lang);
  // A withheld cell of 5 or more answers protects a smaller one that it would give away.
  if (figure.status === 'suppressed' && figure.n >= 5) return t.withheld;
  return t.status[figure.status];
}

/** "+5,2 %-yks., parempi": the change and whether it is better, worse or noise. */
export function changeText(change: ReportChange, unit: IndicatorUnit, direction: IndicatorDirection, lang: ReportLanguage): string {
  const t = STRINGS[lang];
  const scaled = unit === 'share' ? change.value * 100 : change.value;
  const amount = `${scaled > 0 ? '+' : ''}${decimal(scaled, 1, lang)} ${unit === 'share' ? t.percentagePoints : t.points}`;
  const verdict = !change.comparable
    ? t.notComparable
    : !change.clear
      ? t.noClearChange
      : (change.value > 0) === (direction === 'higher-is-better')
        ? t.better
        : t.worse;
  return `${amount}, ${verdict}`;
}

/** "7.12.2026" (fi, sv) or "7 Dec 2026" (en), from YYYY-MM-DD or an instant (in Finnish time). */
export function formatDate(date: string, lang: ReportLanguage): string {
  const day = date.length > 10 ? helsinkiDay(date) : date;
  const [y, m, d] = day.split('-').map(Number);
  if (lang === 'en') return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
  return `${d}.${m}.${y}`;
}

/** "3/2026" for a plan's due month YYYY-MM. */
function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${m}/${y}`;
}

function helsinkiDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

function score(value: number | null, lang: ReportLanguage): string {
  return value === null ? '–' : decimal(value, 1, lang);
}

function gapText(value: number | null, lang: ReportLanguage): string {
  return value === null ? '–' : `${value > 0 ? '+' : ''}${decimal(value, 1, lang)}`;
}

// ---------------------------------------------------------------------------------------------
// pdfmake document definitions (plain data: pdfmake's own types are not needed to build them).

export type PdfContent = string | PdfNode | PdfContent[];
export interface PdfNode {
  [key: string]: unknown;
}
export interface PdfDocument {
  info: { title: string; subject: string; creator: string };
  language: string;
  pageSize: 'A4';
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  defaultStyle: PdfNode;
  styles: Record<string, PdfNode>;
  content: PdfContent[];
  footer: (currentPage: number, pageCount: number) => PdfContent;
}

const STYLES: Record<string, PdfNode> = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 12, margin: [0, 0, 0, 6] },
  note: { fontSize: 8, color: '#444444', margin: [0, 0, 0, 8] },
  section: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
  subsection: { fontSize: 10, bold: true, margin: [0, 6, 0, 3] },
  header: { bold: true, fillColor: '#e8eef4' },
  table: { fontSize: 8, margin: [0, 0, 0, 4] },
  empty: { italics: true, color: '#444444' },
};

const header = (cells: string[]) => cells.map((text) => ({ text, style: 'header' }));

function table(widths: Array<string | number>, head: string[], rows: PdfContent[][]): PdfNode {
  return {
    style: 'table',
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header(head), ...rows] },
    layout: 'lightHorizontalLines',
  };
}

const empty = (text: string): PdfNode => ({ text, style: 'empty' });
const section = (text: string): PdfNode => ({ text, style: 'section', headlineLevel: 1 });

function document(title: string, subject: string, lang: ReportLanguage, orientation: PdfDocument['pageOrientation'], content: PdfContent[]): PdfDocument {
  const t = STRINGS[lang];
  return {
    info: { title, subject, creator: 'Kohtaamo' },
    language: lang,
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: 'Helvetica', fontSize: 9 },
    styles: STYLES,
    content,
    footer: (page, pages) => ({ text: t.page(page, pages), alignment: 'right', fontSize: 8, margin: [40, 10, 40, 0] }),
  };
}

function indicatorRows(indicators: ReportIndicator[], lang: ReportLanguage): PdfContent[][] {
  const t = STRINGS[lang];
  return indicators.map((i) => [
    i.title[lang],
    figureText(i, i.unit, lang),
    i.status === 'published' && i.ci95 ? formatInterval(i.ci95, i.unit, lang) : '–',
    String(i.n),
    i.previous ? figureText(i.previous, i.unit, lang) : '–',
    i.change ? changeText(i.change, i.unit, i.direction, lang) : '–',
    i.target ? `${formatFigure(i.target.target, i.unit, lang)}: ${t.assessment[i.target.assessment]}` : t.noTarget,
  ]);
}

function indicatorTable(indicators: ReportIndicator[], lang: ReportLanguage, previousLabel: string): PdfContent {
  const t = STRINGS[lang];
  if (indicators.length === 0) return empty(t.noIndicators);
  return table(['*', 46, 62, 50, 54, 80, 60], [t.indicator, t.value, t.interval, t.n, previousLabel, t.change, t.target], indicatorRows(indicators, lang));
}

/**
 * The indicators to tabulate, and a line naming those without answers this period or the one
 * before (instruments the place did not use): listed, not tabulated as rows of dashes.
 */
function indicatorSection(indicators: ReportIndicator[], lang: ReportLanguage, previousLabel: string): PdfContent[] {
  const t = STRINGS[lang];
  const shown = indicators.filter((i) => i.status !== 'no-answers' || i.previous !== null || i.target !== null);
  const unanswered = indicators.filter((i) => !shown.includes(i));
  return [
    indicatorTable(shown, lang, previousLabel),
    ...(unanswered.length > 0 ? [{ text: `${t.withoutAnswers}: ${unanswered.map((i) => i.title[lang]).join(', ')}.`, style: 'note' }] : []),
  ];
}

/** The steering group's report of one place and year. */
export function annualReportDocument(data: AnnualReportData, lang: ReportLanguage): PdfDocument {
  const t = STRINGS[lang];
  const place = data.meetingPlace.name[lang];
  const content: PdfContent[] = [
    { text: t.title(data.year), style: 'title' },
    { text: `${place} · ${data.region.name[lang]}`, style: 'subtitle' },
    { text: `${t.forSteeringGroup}. ${t.made(formatDate(data.generatedAt, lang))} ${t.disclosureNote}`, style: 'note' },
    section(t.indicators),
    ...indicatorSection(data.indicators, lang, t.lastYear),
  ];
  for (const half of data.halfYearly) {
    if (half.indicators.every((i) => i.status === 'no-answers')) continue;
    content.push({ text: t.halfYear(half.period), style: 'subsection' }, ...indicatorSection(half.indicators, lang, t.previous));
  }

  content.push(section(t.plan));
  if (!data.planning) content.push(empty(t.planningMissing));
  else if (!data.planning.plan) content.push(empty(t.noPlan));
  else if (data.planning.plan.activities.length === 0) content.push(empty(t.noPlan));
  else {
    content.push(
      table(
        ['*', 80, 80],
        [t.activity, t.due, t.statusColumn],
        data.planning.plan.activities.map((a) => [t.activityKinds[a.kind] ?? a.kind, formatMonth(a.due), t.activityStatus[a.status]]),
      ),
    );
  }

  content.push(section(t.rounds));
  if (data.rounds.length === 0) content.push(empty(t.noRounds));
  for (const round of data.rounds) {
    const days = `${formatDate(round.startsOn, lang)}–${formatDate(round.endsOn, lang)}`;
    content.push({ text: `${days} (${t.roundStatus[round.status] ?? round.status}) · ${t.children}: ${round.respondents}`, style: 'subsection' });
    if (!round.released) content.push(empty(t.notReleased));
    else
      content.push(
        table(
          ['*', 90, 90, 60],
          [t.indicator, t.value, t.interval, t.n],
          round.indicators.map((i) => [i.title[lang], figureText(i, i.unit, lang), i.status === 'published' && i.ci95 ? formatInterval(i.ci95, i.unit, lang) : '–', String(i.n)]),
        ),
      );
  }

  content.push(section(t.evaluation));
  const evaluation = data.evaluation;
  if (evaluation.evaluations.length === 0) content.push(empty(t.noEvaluations));
  else {
    content.push(
      table(
        ['*', '*', 80],
        [t.evaluationKind, t.evaluator, t.statusColumn],
        evaluation.evaluations.map((e) => [t.evaluationKinds[e.kind], e.evaluatorPlace[lang], t.evaluationStatus[e.status]]),
      ),
    );
    if (evaluation.areas.some((a) => a.self !== null || a.peerMean !== null)) {
      content.push(
        table(['*', 50, 50, 50], [t.area, t.self, t.peers, t.gap], evaluation.areas.map((a) => [a.title[lang], score(a.self, lang), score(a.peerMean, lang), gapText(a.gap, lang)])),
        table(
          ['*', 50, 50, 50],
          [t.criterion, t.self, t.peers, t.gap],
          evaluation.criteria.map((c) => [c.title[lang], score(c.self, lang), score(c.peerMean, lang), gapText(c.gap, lang)]),
        ),
      );
      const titles = new Map(evaluation.criteria.map((c) => [c.criterion, c.title[lang]]));
      if (evaluation.largestGaps.length > 0) {
        content.push({ text: `${t.largestGaps}: ${evaluation.largestGaps.map((name) => titles.get(name) ?? name).join('; ')}`, margin: [0, 2, 0, 0] });
      }
    }
  }

  content.push(section(t.coDevelopment));
  if (!data.planning) content.push(empty(t.planningMissing));
  else if (data.planning.coDevelopmentDays.length === 0) content.push(empty(t.noCoDevelopment));
  else {
    content.push(
      table(
        [55, 30, 30, 30, 35, '*', '*'],
        [t.date, t.families, t.children, t.staff, t.partners, t.themes, t.outcomes],
        data.planning.coDevelopmentDays.map((d) => [
          formatDate(d.date, lang),
          String(d.participants.families),
          String(d.participants.children),
          String(d.participants.staff),
          String(d.participants.partners),
          { ul: d.themes },
          d.outcomes,
        ]),
      ),
    );
  }

  content.push(section(t.actions));
  if (data.actions.length === 0) content.push(empty(t.noActions));
  else {
    content.push(
      table(
        ['*', 90, 60, 80],
        [t.action, t.owner, t.due, t.statusColumn],
        data.actions.map((a) => [a.title, a.owner, formatDate(a.dueDate, lang), a.overdue ? `${t.actionStatus[a.status]}, ${t.overdue}` : t.actionStatus[a.status]]),
      ),
    );
  }
  return document(`${t.title(data.year)}: ${place}`, t.forSteeringGroup, lang, 'portrait', content);
}

/** The region version: one row per place with its key indicators, plan, evaluations, actions and co-development days. */
export function regionAnnualReportDocument(data: RegionAnnualReportData, lang: ReportLanguage): PdfDocument {
  const t = STRINGS[lang];
  const region = data.region.name[lang];
  const units = new Map(data.indicators.map((i) => [i.key, i.unit]));
  const cells = (figures: Array<ReportFigure & { key: string }>) =>
    data.indicators.map((indicator) => {
      const figure = figures.find((f) => f.key === indicator.key);
      return figure ? `${figureText(figure, units.get(indicator.key)!, lang)}${figure.status === 'published' ? ` (n ${figure.n})` : ''}` : '–';
    });
  const rows: PdfContent[][] = data.places.map((p) => [
    p.meetingPlace.name[lang],
    ...cells(p.indicators),
    p.plan ? `${p.plan.done} / ${p.plan.overdue} / ${p.plan.upcoming + p.plan.due + p.plan.done + p.plan.overdue}` : '–',
    `${p.evaluations.self ? t.yes : t.no} / ${p.evaluations.peers}`,
    `${p.actions.done} / ${p.actions.planned + p.actions['in-progress'] + p.actions.done + p.actions.dropped} / ${p.actions.overdue}`,
    p.coDevelopmentDays === null ? '–' : String(p.coDevelopmentDays),
  ]);
  rows.push([{ text: t.regionTotal, bold: true }, ...cells(data.total), '', '', '', '']);
  const content: PdfContent[] = [
    { text: t.regionTitle(data.year), style: 'title' },
    { text: region, style: 'subtitle' },
    { text: `${t.forRegion}. ${t.made(formatDate(data.generatedAt, lang))} ${t.disclosureNote}${data.planningAvailable ? '' : ` ${t.planningMissing}`}`, style: 'note' },
    data.places.length === 0
      ? empty(t.noPlaces)
      : table(
          ['*', ...data.indicators.map(() => 66), 66, 60, 66, 72],
          [t.place, ...data.indicators.map((i) => i.title[lang]), t.planCounts, t.evaluationsDone, t.actionCounts, t.coDevelopmentDays],
          rows,
        ),
  ];
  return document(`${t.regionTitle(data.year)}: ${region}`, t.forRegion, lang, 'landscape', content);
}
