import { MIN_CELL_SIZE } from '../disclosure';

/**
 * Every word the workbooks write, in the three languages staff read Kohtaamo in. Codes
 * (region 04, felt-welcome, felt_welcome) stay codes in every language; these are their
 * headers and labels.
 */
export const WORKBOOK_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type WorkbookLanguage = (typeof WORKBOOK_LANGUAGES)[number];

export type { IndicatorStatus } from '../csv/indicator-export';
import type { IndicatorStatus } from '../csv/indicator-export';
export type ChangeVerdict = 'better' | 'worse' | 'no-clear-change' | 'not-comparable';
export type WorkbookLevel = 'meeting-place' | 'service-area' | 'municipality' | 'region' | 'national';

export interface WorkbookText {
  sheets: { indicators: string; responses: string; codebook: string; readMe: string };
  indicatorColumns: {
    period: string;
    level: string;
    areaCode: string;
    area: string;
    indicatorKey: string;
    indicator: string;
    value: string;
    n: string;
    ciLow: string;
    ciHigh: string;
    status: string;
    change: string;
    changeLow: string;
    changeHigh: string;
    changeVerdict: string;
  };
  status: Record<IndicatorStatus, string>;
  /** The change column's words: better and worse only for a clear change of a comparable question. */
  changeVerdicts: Record<ChangeVerdict, string>;
  statusMeanings: Record<IndicatorStatus, string>;
  levels: Record<WorkbookLevel, string>;
  units: { share: string; mean: string };
  responseColumns: {
    responseId: string;
    survey: string;
    version: string;
    placeCode: string;
    place: string;
    regionCode: string;
    region: string;
    period: string;
    locale: string;
  };
  /** Header of a question's label column beside its code column. */
  labelOf: (question: string) => string;
  codebookColumns: {
    kind: string;
    code: string;
    name: string;
    meaning: string;
    column: string;
    type: string;
    question: string;
    codes: string;
    versions: string;
  };
  codebookKinds: { column: string; indicator: string; status: string; level: string };
  valueTypes: Record<'fixed' | 'number' | 'code' | 'codes' | 'boolean' | 'text' | 'label', string>;
  indicatorColumnMeanings: Record<keyof WorkbookText['indicatorColumns'], string>;
  readMe: {
    item: string;
    value: string;
    dataset: string;
    suppression: string;
    indicatorsTitle: string;
    responsesTitle: string;
    indicatorsContent: string;
    responsesContent: string;
    period: string;
    level: string;
    survey: string;
    scope: string;
    scopeAll: string;
    rows: string;
    sheetLimit: (sheets: string[]) => string;
    suppressionRule: string;
    freeText: string;
    computed: string;
    computedNote: string;
    exportedAt: string;
    exportedBy: string;
    formats: string;
  };
}

const FI: WorkbookText = {
  sheets: { indicators: 'Tunnusluvut', responses: 'Vastaukset', codebook: 'Koodikirja', readMe: 'Lue minut' },
  indicatorColumns: {
    period: 'Jakso',
    level: 'Taso',
    areaCode: 'Alueen koodi',
    area: 'Alue',
    indicatorKey: 'Mittarin tunnus',
    indicator: 'Mittari',
    value: 'Arvo',
    n: 'Vastaajia (n)',
    ciLow: '95 % luottamusväli, alaraja',
    ciHigh: '95 % luottamusväli, yläraja',
    status: 'Tila',
    change: 'Muutos edellisestä jaksosta',
    changeLow: 'Muutoksen 95 % luottamusväli, alaraja',
    changeHigh: 'Muutoksen 95 % luottamusväli, yläraja',
    changeVerdict: 'Muutoksen tulkinta',
  },
  status: { published: 'Julkaistu', suppressed: 'Salattu tietosuojan vuoksi', 'no-answers': 'Ei vastauksia', 'not-released': 'Ei vielä julkaistu' },
  changeVerdicts: { better: 'Parempi', worse: 'Heikompi', 'no-clear-change': 'Ei selvää muutosta', 'not-comparable': 'Ei vertailukelpoinen (kysymystä muutettu)' },
  statusMeanings: {
    published: 'Luku näytetään.',
    'not-released': 'Jakso on vielä auki (tai myöhästyneiden paperilomakkeiden odotusajalla): vain vastaajamäärä näytetään.',
    suppressed: `Alle ${MIN_CELL_SIZE} vastaajaa, tai luku salataan, jottei toista salattua lukua voi päätellä vähentämällä.`,
    'no-answers': 'Kukaan ei vastannut kysymykseen jakson aikana (n = 0).',
  },
  levels: { 'meeting-place': 'Kohtaamispaikka', 'service-area': 'Palvelualue', municipality: 'Kunta', region: 'Hyvinvointialue', national: 'Koko maa' },
  units: { share: 'Osuus (%)', mean: 'Keskiarvo' },
  responseColumns: {
    responseId: 'Vastauksen tunniste',
    survey: 'Kysely',
    version: 'Kyselyn versio',
    placeCode: 'Kohtaamispaikan tunnus',
    place: 'Kohtaamispaikka',
    regionCode: 'Hyvinvointialueen koodi',
    region: 'Hyvinvointialue',
    period: 'Jakso',
    locale: 'Vastauskieli',
  },
  labelOf: (question) => `${question} (selite)`,
  codebookColumns: {
    kind: 'Laji',
    code: 'Koodi',
    name: 'Nimi',
    meaning: 'Selitys',
    column: 'Sarake',
    type: 'Tyyppi',
    question: 'Kysymys',
    codes: 'Koodit ja selitteet',
    versions: 'Kyselyn versiot',
  },
  codebookKinds: { column: 'Sarake', indicator: 'Mittari', status: 'Tila', level: 'Taso' },
  valueTypes: { fixed: 'Vastauksen tieto', number: 'Luku', code: 'Koodi', codes: 'Koodeja (erotin |)', boolean: 'Kyllä/ei', text: 'Teksti', label: 'Koodin selite' },
  indicatorColumnMeanings: {
    period: 'Vuosi (2026) tai puolivuotisjakso (2026-H1) sen mukaan, milloin vastaukset saapuivat Suomen aikaa.',
    level: 'Alueen taso.',
    areaCode: 'Alueen koodi tekstinä: hyvinvointialue 04, kunta 092, palvelualueen tai kohtaamispaikan tunnus; koko maalla tyhjä.',
    area: 'Alueen nimi.',
    indicatorKey: 'Mittarin pysyvä tunnus (sama kuin CSV-viennissä ja rajapinnassa).',
    indicator: 'Mittarin nimi.',
    value: 'Osuus prosentteina tai keskiarvo yhden desimaalin tarkkuudella (solussa on luku sellaisena kuin rajapinta sen antaa); tyhjä, kun luku on salattu tai vastauksia ei ole.',
    n: 'Kysymykseen vastanneiden määrä; tyhjä, kun luku on salattu.',
    ciLow: '95 %:n luottamusvälin alaraja (osuuksille Wilson, keskiarvoille t); tyhjä, kun luku on salattu.',
    ciHigh: '95 %:n luottamusvälin yläraja.',
    status: 'Julkaistu, salattu tietosuojan vuoksi tai ei vastauksia.',
    change: 'Arvo miinus edellisen jakson arvo pyöristämättömistä luvuista (osuus desimaalina tai asteikon pisteinä); tyhjä, ellei molempia ole julkaistu tai jos jakso kattaa vain osan ajasta.',
    changeLow: 'Muutoksen 95 %:n luottamusvälin alaraja (MOVER, osuuksille Newcomben menetelmä).',
    changeHigh: 'Muutoksen 95 %:n luottamusvälin yläraja.',
    changeVerdict: 'Parempi tai heikompi vain, kun muutoksen luottamusväli ei sisällä nollaa ja kysymys on sama; muuten ei selvää muutosta.',
  },
  readMe: {
    item: 'Kohta',
    value: 'Tieto',
    dataset: 'Aineisto',
    suppression: 'Tietosuoja',
    indicatorsTitle: 'Kohtaamo – jaettujen mittareiden tunnusluvut',
    responsesTitle: 'Kohtaamo – kyselyn vastaukset',
    indicatorsContent:
      'Yksi rivi kutakin alueen ja mittarin paria kohden. Luvut ovat samat ja yhtä lailla salatut kuin Kohtaamon rajapinnassa ja koontinäytöillä.',
    responsesContent:
      'Yksi rivi kutakin vastausta kohden, kullekin kysymykselle koodisarake ja sen vieressä selitesarake. Koodikirja-välilehti kertoo, mitä sarakkeet ja koodit tarkoittavat kyselyn kussakin versiossa.',
    period: 'Jakso',
    level: 'Taso',
    survey: 'Kysely',
    scope: 'Rajaus',
    scopeAll: 'Kaikki kohtaamispaikat, joiden vastauksia tunnuksesi saa lukea',
    rows: 'Rivejä',
    sheetLimit: (sheets) => `Välilehteen mahtuu enintään 1 048 576 riviä, joten rivit jatkuvat välilehdillä ${sheets.join(', ')}.`,
    suppressionRule: `Alle ${MIN_CELL_SIZE} vastaajan luvut salataan, ja niiden rinnalla salataan tarvittaessa muita lukuja, jottei salattua lukua voi päätellä vähentämällä. Salatun rivin arvo, n ja luottamusväli ovat tyhjiä, ja Tila-sarake kertoo syyn.`,
    freeText: 'Avoimia vastauksia ei viedä: ne voivat paljastaa vastaajan, ja niitä lukevat vain kohtaamispaikan omat työntekijät Kohtaamossa.',
    computed: 'Luvut laskettu',
    computedNote: 'Luvut on laskettu vientihetkellä kaikista jakson aikana saapuneista vastauksista.',
    exportedAt: 'Viety',
    exportedBy: 'Viejä',
    formats: 'Koodit ovat tekstiä (etunollat säilyvät), luvut lukuja ja päivämäärät päivämääriä. Yksikään solu ei ole kaava.',
  },
};

const SV: WorkbookText = {
  sheets: { indicators: 'Indikatorer', responses: 'Svar', codebook: 'Kodbok', readMe: 'Läs mig' },
  indicatorColumns: {
    period: 'Period',
    level: 'Nivå',
    areaCode: 'Områdets kod',
    area: 'Område',
    indicatorKey: 'Indikatorns nyckel',
    indicator: 'Indikator',
    value: 'Värde',
    n: 'Svarande (n)',
    ciLow: '95 % konfidensintervall, nedre gräns',
    ciHigh: '95 % konfidensintervall, övre gräns',
    status: 'Status',
    change: 'Förändring från föregående period',
    changeLow: 'Förändringens 95 % konfidensintervall, nedre gräns',
    changeHigh: 'Förändringens 95 % konfidensintervall, övre gräns',
    changeVerdict: 'Tolkning av förändringen',
  },
  status: { published: 'Publicerad', suppressed: 'Skyddad av dataskyddsskäl', 'no-answers': 'Inga svar', 'not-released': 'Inte publicerad ännu' },
  changeVerdicts: { better: 'Bättre', worse: 'Sämre', 'no-clear-change': 'Ingen tydlig förändring', 'not-comparable': 'Inte jämförbar (frågan ändrad)' },
  statusMeanings: {
    published: 'Värdet visas.',
    'not-released': 'Perioden pågår ännu (eller väntar på sena pappersblanketter): bara antalet svarande visas.',
    suppressed: `Färre än ${MIN_CELL_SIZE} svarande, eller så skyddas värdet för att ett annat skyddat värde inte ska kunna räknas ut genom subtraktion.`,
    'no-answers': 'Ingen besvarade frågan under perioden (n = 0).',
  },
  levels: { 'meeting-place': 'Mötesplats', 'service-area': 'Serviceområde', municipality: 'Kommun', region: 'Välfärdsområde', national: 'Hela landet' },
  units: { share: 'Andel (%)', mean: 'Medelvärde' },
  responseColumns: {
    responseId: 'Svarets identifierare',
    survey: 'Enkät',
    version: 'Enkätversion',
    placeCode: 'Mötesplatsens kortnamn',
    place: 'Mötesplats',
    regionCode: 'Välfärdsområdets kod',
    region: 'Välfärdsområde',
    period: 'Period',
    locale: 'Svarsspråk',
  },
  labelOf: (question) => `${question} (etikett)`,
  codebookColumns: {
    kind: 'Slag',
    code: 'Kod',
    name: 'Namn',
    meaning: 'Förklaring',
    column: 'Kolumn',
    type: 'Typ',
    question: 'Fråga',
    codes: 'Koder och etiketter',
    versions: 'Enkätversioner',
  },
  codebookKinds: { column: 'Kolumn', indicator: 'Indikator', status: 'Status', level: 'Nivå' },
  valueTypes: { fixed: 'Uppgift om svaret', number: 'Tal', code: 'Kod', codes: 'Koder (avgränsare |)', boolean: 'Ja/nej', text: 'Text', label: 'Kodens etikett' },
  indicatorColumnMeanings: {
    period: 'År (2026) eller halvår (2026-H1) enligt när svaren kom in, finsk tid.',
    level: 'Områdets nivå.',
    areaCode: 'Områdets kod som text: välfärdsområde 04, kommun 092, serviceområdets eller mötesplatsens kortnamn; tom för hela landet.',
    area: 'Områdets namn.',
    indicatorKey: 'Indikatorns bestående nyckel (samma som i CSV-exporten och gränssnittet).',
    indicator: 'Indikatorns namn.',
    value: 'Andel i procent eller medelvärde med en decimal (cellen har värdet som gränssnittet ger det); tom när värdet är skyddat eller svar saknas.',
    n: 'Antalet som besvarade frågan; tom när värdet är skyddat.',
    ciLow: 'Nedre gräns för 95 % konfidensintervall (Wilson för andelar, t för medelvärden); tom när värdet är skyddat.',
    ciHigh: 'Övre gräns för 95 % konfidensintervall.',
    status: 'Publicerad, skyddad av dataskyddsskäl eller inga svar.',
    change: 'Värdet minus föregående periods värde, beräknat före avrundning (andel som decimaltal eller skalpoäng); tom om inte båda är publicerade eller om en period bara delvis täcks.',
    changeLow: 'Nedre gräns för förändringens 95 % konfidensintervall (MOVER, Newcombes metod för andelar).',
    changeHigh: 'Övre gräns för förändringens 95 % konfidensintervall.',
    changeVerdict: 'Bättre eller sämre endast när förändringens intervall inte innehåller noll och frågan är densamma; annars ingen tydlig förändring.',
  },
  readMe: {
    item: 'Punkt',
    value: 'Uppgift',
    dataset: 'Material',
    suppression: 'Dataskydd',
    indicatorsTitle: 'Kohtaamo – nyckeltal för de gemensamma indikatorerna',
    responsesTitle: 'Kohtaamo – enkätens svar',
    indicatorsContent:
      'En rad per område och indikator. Värdena är desamma, och lika skyddade, som i Kohtaamos gränssnitt och översikter.',
    responsesContent:
      'En rad per svar, för varje fråga en kodkolumn med en etikettkolumn bredvid. Fliken Kodbok förklarar kolumnerna och koderna i varje version av enkäten.',
    period: 'Period',
    level: 'Nivå',
    survey: 'Enkät',
    scope: 'Avgränsning',
    scopeAll: 'Alla mötesplatser vars svar ditt konto får läsa',
    rows: 'Rader',
    sheetLimit: (sheets) => `En flik rymmer högst 1 048 576 rader, så raderna fortsätter på flikarna ${sheets.join(', ')}.`,
    suppressionRule: `Värden med färre än ${MIN_CELL_SIZE} svarande skyddas, och vid behov skyddas även andra värden så att ett skyddat värde inte kan räknas ut genom subtraktion. En skyddad rad har tomt värde, n och konfidensintervall, och kolumnen Status anger orsaken.`,
    freeText: 'Fritextsvar exporteras inte: de kan röja svaranden och läses bara av mötesplatsens egen personal i Kohtaamo.',
    computed: 'Värdena beräknade',
    computedNote: 'Värdena har beräknats vid exporten av alla svar som kommit in under perioden.',
    exportedAt: 'Exporterad',
    exportedBy: 'Exporterad av',
    formats: 'Koder är text (inledande nollor bevaras), tal är tal och datum är datum. Ingen cell är en formel.',
  },
};

const EN: WorkbookText = {
  sheets: { indicators: 'Indicators', responses: 'Responses', codebook: 'Codebook', readMe: 'Read me' },
  indicatorColumns: {
    period: 'Period',
    level: 'Level',
    areaCode: 'Area code',
    area: 'Area',
    indicatorKey: 'Indicator key',
    indicator: 'Indicator',
    value: 'Value',
    n: 'Respondents (n)',
    ciLow: '95 % confidence interval, lower',
    ciHigh: '95 % confidence interval, upper',
    status: 'Status',
    change: 'Change from the previous period',
    changeLow: 'Change, 95 % confidence interval, lower',
    changeHigh: 'Change, 95 % confidence interval, upper',
    changeVerdict: 'Reading of the change',
  },
  status: { published: 'Published', suppressed: 'Suppressed to protect respondents', 'no-answers': 'No answers', 'not-released': 'Not released yet' },
  changeVerdicts: { better: 'Better', worse: 'Worse', 'no-clear-change': 'No clear change', 'not-comparable': 'Not comparable (question reworded)' },
  statusMeanings: {
    published: 'The figure is shown.',
    'not-released': 'The period is still open (or waiting for late paper forms): only the number of respondents is shown.',
    suppressed: `Fewer than ${MIN_CELL_SIZE} respondents, or suppressed so that another suppressed figure cannot be found by subtraction.`,
    'no-answers': 'Nobody answered the item in the period (n = 0).',
  },
  levels: { 'meeting-place': 'Meeting place', 'service-area': 'Service area', municipality: 'Municipality', region: 'Wellbeing region', national: 'Whole country' },
  units: { share: 'Share (%)', mean: 'Mean' },
  responseColumns: {
    responseId: 'Response id',
    survey: 'Survey',
    version: 'Survey version',
    placeCode: 'Meeting place code',
    place: 'Meeting place',
    regionCode: 'Wellbeing region code',
    region: 'Wellbeing region',
    period: 'Period',
    locale: 'Language answered in',
  },
  labelOf: (question) => `${question} (label)`,
  codebookColumns: {
    kind: 'Kind',
    code: 'Code',
    name: 'Name',
    meaning: 'Meaning',
    column: 'Column',
    type: 'Type',
    question: 'Question',
    codes: 'Codes and labels',
    versions: 'Survey versions',
  },
  codebookKinds: { column: 'Column', indicator: 'Indicator', status: 'Status', level: 'Level' },
  valueTypes: { fixed: 'About the response', number: 'Number', code: 'Code', codes: 'Codes (separated by |)', boolean: 'Yes/no', text: 'Text', label: 'Label of the code' },
  indicatorColumnMeanings: {
    period: 'A year (2026) or a half-year (2026-H1) of the time answers arrived, in Finnish time.',
    level: 'The level of the area.',
    areaCode: 'The area’s code as text: region 04, municipality 092, the service area’s or meeting place’s code; empty for the whole country.',
    area: 'The area’s name.',
    indicatorKey: 'The indicator’s stable key (as in the CSV export and the API).',
    indicator: 'The indicator’s name.',
    value: 'A share in per cent or a mean, shown with one decimal (the cell holds the value as the API gives it); empty when suppressed or when nobody answered.',
    n: 'Respondents who answered the item; empty when suppressed.',
    ciLow: 'Lower end of the 95 % confidence interval (Wilson for shares, t for means); empty when suppressed.',
    ciHigh: 'Upper end of the 95 % confidence interval.',
    status: 'Published, suppressed to protect respondents, or no answers.',
    change: 'The value minus the previous period’s, from unrounded figures (a share as a fraction, or scale points); empty unless both are published and neither period is partial.',
    changeLow: 'Lower end of the change’s 95 % confidence interval (MOVER; Newcombe’s method for shares).',
    changeHigh: 'Upper end of the change’s 95 % confidence interval.',
    changeVerdict: 'Better or worse only when the change’s interval excludes zero and the question is the same; otherwise no clear change.',
  },
  readMe: {
    item: 'Item',
    value: 'Value',
    dataset: 'Dataset',
    suppression: 'Disclosure control',
    indicatorsTitle: 'Kohtaamo – figures of the shared indicators',
    responsesTitle: 'Kohtaamo – survey responses',
    indicatorsContent:
      'One row per area and indicator. The figures are the same, and suppressed the same way, as in Kohtaamo’s API and dashboards.',
    responsesContent:
      'One row per response; for each question a code column with a label column beside it. The Codebook sheet says what the columns and codes mean in each version of the survey.',
    period: 'Period',
    level: 'Level',
    survey: 'Survey',
    scope: 'Scope',
    scopeAll: 'Every meeting place whose responses your account may read',
    rows: 'Rows',
    sheetLimit: (sheets) => `A sheet holds at most 1,048,576 rows, so the rows continue on the sheets ${sheets.join(', ')}.`,
    suppressionRule: `Figures of fewer than ${MIN_CELL_SIZE} respondents are suppressed, and where needed other figures beside them too, so that a suppressed figure cannot be found by subtraction. A suppressed row has an empty value, n and interval, and the Status column says why.`,
    freeText: 'Written (free-text) answers are not exported: they can identify people, and only the meeting place’s own staff read them in Kohtaamo.',
    computed: 'Figures computed',
    computedNote: 'The figures were computed at the time of export from every response received in the period.',
    exportedAt: 'Exported',
    exportedBy: 'Exported by',
    formats: 'Codes are text (leading zeros kept), numbers are numbers and dates are dates. No cell is a formula.',
  },
};

export const WORKBOOK_TEXT: Record<WorkbookLanguage, WorkbookText> = { fi: FI, sv: SV, en: EN };
