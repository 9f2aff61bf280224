import {
  annualReportDocument,
  AnnualReportData,
  changeText,
  figureText,
  formatDate,
  formatFigure,
  formatInterval,
  PdfContent,
  regionAnnualReportDocument,
  RegionAnnualReportData,
  ReportIndicator,
} from './annual-report';

const name = (fi: string, sv = fi, en = fi) => ({ fi, sv, en });

function indicator(overrides: Partial<ReportIndicator> = {}): ReportIndicator {
  return {
    key: 'felt-welcome',
    title: name('Tervetullut olo', 'Känner sig välkommen', 'Feeling welcome'),
    unit: 'share',
    direction: 'higher-is-better',
    value: 0.625,
    n: 8,
    status: 'published',
    ci95: [0.3057, 0.8632],
    previous: { period: '2025', value: 0.5, n: 10, status: 'published', ci95: null },
    change: { value: 0.125, ci95: [-0.2, 0.4], clear: false, comparable: true },
    target: null,
    ...overrides,
  };
}

function report(overrides: Partial<AnnualReportData> = {}): AnnualReportData {
  return {
    meetingPlace: { slug: 'kotipesa', name: name('Kotipesän kohtaamispaikka', 'Mötesplatsen Boet', 'Kotipesä meeting place') },
    region: { code: '04', name: name('Vantaan ja Keravan hyvinvointialue', 'Vanda och Kervo välfärdsområde', 'Vantaa and Kerava') },
    year: 2026,
    generatedAt: '2027-01-16T10:00:00.000Z',
    indicators: [indicator()],
    halfYearly: [],
    rounds: [],
    evaluation: { evaluations: [], areas: [], criteria: [], largestGaps: [] },
    actions: [],
    planning: null,
    ...overrides,
  };
}

/** Every string of a document definition's content, in order (what the PDF says). */
function textOf(content: PdfContent | unknown): string[] {
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap(textOf);
  if (content && typeof content === 'object') {
    const node = content as Record<string, unknown>;
    return [
      ...(node.text !== undefined ? textOf(node.text) : []),
      ...(node.table ? textOf((node.table as { body: unknown }).body) : []),
      ...(node.ul ? textOf(node.ul) : []),
    ];
  }
  return [];
}

describe('formatting the figures', () => {
  it('writes shares as percentages and means with one decimal, with a decimal comma in Finnish and Swedish', () => {
    expect(formatFigure(0.7071, 'share', 'fi')).toBe('70,7 %');
    expect(formatFigure(0.7071, 'share', 'en')).toBe('70.7 %');
    expect(formatFigure(4, 'mean', 'sv')).toBe('4,0');
    expect(formatInterval([0.3057, 0.8632], 'share', 'fi')).toBe('30,6–86,3 %');
    expect(formatInterval([3.41, 4.59], 'mean', 'en')).toBe('3.4–4.6');
  });

  it('never shows a suppressed value as a number, and says why there is none', () => {
    expect(figureText({ value: null, n: 3, status: 'suppressed', ci95: null }, 'share', 'fi')).toBe('alle 5 vastausta');
    // A withheld cell of five or more protects a smaller one.
    expect(figureText({ value: null, n: 6, status: 'suppressed', ci95: null }, 'share', 'fi')).toBe('ei näytetä (suojaa pientä ryhmää)');
    expect(figureText({ value: null, n: 0, status: 'no-answers', ci95: null }, 'share', 'en')).toBe('no answers');
    expect(figureText({ value: null, n: 12, status: 'not-released', ci95: null }, 'share', 'sv')).toBe('inte publicerad ännu');
  });

  it('calls a change better or worse only when it is clear and comparable, following the direction', () => {
    expect(changeText({ value: 0.125, ci95: [0.05, 0.2], clear: true, comparable: true }, 'share', 'higher-is-better', 'fi')).toBe('+12,5 %-yks., parempi');
    // Less loneliness is better.
    expect(changeText({ value: 0.125, ci95: [0.05, 0.2], clear: true, comparable: true }, 'share', 'lower-is-better', 'en')).toBe('+12.5 percentage points, worse');
    expect(changeText({ value: -0.3, ci95: [-0.6, 0.1], clear: false, comparable: true }, 'mean', 'higher-is-better', 'fi')).toBe('-0,3 yks., ei selvää muutosta');
    expect(changeText({ value: -0.3, ci95: [-0.5, -0.1], clear: true, comparable: false }, 'mean', 'higher-is-better', 'sv')).toBe('-0,3 enheter, inte jämförbar');
  });

  it('writes days the Finnish way, and instants in Finnish time', () => {
    expect(formatDate('2026-12-31', 'fi')).toBe('31.12.2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31 Dec 2026');
    // 23:30 UTC on 31 December is already New Year's Day in Helsinki.
    expect(formatDate('2026-12-31T23:30:00.000Z', 'fi')).toBe('1.1.2027');
  });
});

describe('annualReportDocument', () => {
  it('is an A4 portrait document in the report’s language with the standard font', () => {
    const doc = annualReportDocument(report(), 'sv');
    expect(doc).toMatchObject({ pageSize: 'A4', pageOrientation: 'portrait', language: 'sv', defaultStyle: { font: 'Helvetica' } });
    expect(doc.info.title).toBe('Årsrapport 2026: Mötesplatsen Boet');
    expect(textOf(doc.footer(1, 3))).toEqual(['Sida 1/3']);
  });

  it('tabulates each indicator with its value, interval, respondents, last year, change and target', () => {
    const doc = annualReportDocument(report({ indicators: [indicator({ target: { target: 0.6, assessment: 'met' } })] }), 'fi');
    const table = doc.content.find((c) => typeof c === 'object' && !Array.isArray(c) && 'table' in c) as { table: { body: PdfContent[][] } };
    expect(textOf(table.table.body[0])).toEqual(['Mittari', 'Arvo', 'Väli (95 %)', 'Vastaajia', 'Edellinen vuosi', 'Muutos', 'Tavoite']);
    expect(table.table.body[1]).toEqual(['Tervetullut olo', '62,5 %', '30,6–86,3 %', '8', '50,0 %', '+12,5 %-yks., ei selvää muutosta', '60,0 %: saavutettu']);
  });

  it('keeps a suppressed figure suppressed: no value and no interval', () => {
    const doc = annualReportDocument(report({ indicators: [indicator({ value: null, ci95: null, n: 3, status: 'suppressed', previous: null, change: null })] }), 'fi');
    const text = textOf(doc.content);
    expect(text).toContain('alle 5 vastausta');
    expect(text.join(' ')).not.toMatch(/\d+,\d %/);
  });

  it('names the indicators without answers this year or last instead of rows of dashes', () => {
    const unused = indicator({ key: 'network-collaboration', title: name('Verkostoyhteistyö'), value: null, n: 0, ci95: null, status: 'no-answers', previous: null, change: null });
    const text = textOf(annualReportDocument(report({ indicators: [indicator(), unused] }), 'fi').content);
    expect(text).toContain('Ei vastauksia tältä eikä edelliseltä jaksolta: Verkostoyhteistyö.');
    expect(text).not.toContain('Verkostoyhteistyö');
  });

  it('says the plans are not in use when they are not connected, and shows them when they are', () => {
    const without = textOf(annualReportDocument(report(), 'en').content);
    expect(without.filter((t) => t === 'Evaluation plans and co-development days are not in use in this service.')).toHaveLength(2);

    const planned = report({
      planning: {
        plan: { activities: [{ kind: 'visitor-survey', due: '2026-03', status: 'done' }, { kind: 'co-development-day', due: '2026-11', status: 'overdue' }] },
        coDevelopmentDays: [{ date: '2026-05-12', participants: { families: 12, children: 15, staff: 4, partners: 3 }, themes: ['Aukioloajat'], outcomes: 'Lauantaiaamut kokeiluun' }],
      },
    });
    const text = textOf(annualReportDocument(planned, 'fi').content);
    expect(text).toEqual(expect.arrayContaining(['Kävijäkysely', '3/2026', 'tehty', 'Yhteiskehittämispäivä', '11/2026', 'myöhässä']));
    expect(text).toEqual(expect.arrayContaining(['12.5.2026', '12', '15', '4', '3', 'Aukioloajat', 'Lauantaiaamut kokeiluun']));
  });

  it('lists the Huomaa minut rounds, the evaluation scores and the actions with their status', () => {
    const text = textOf(
      annualReportDocument(
        report({
          rounds: [
            { startsOn: '2026-04-06', endsOn: '2026-04-30', status: 'closed', respondents: 14, released: true, indicators: [{ key: 'child-heard', title: name('Lapsi tulee kuulluksi'), unit: 'share', value: 0.5, n: 14, status: 'published', ci95: [0.27, 0.73] }] },
            { startsOn: '2026-12-01', endsOn: '2026-12-20', status: 'open', respondents: 3, released: false, indicators: [] },
          ],
          evaluation: {
            evaluations: [{ kind: 'self', evaluatorPlace: name('Kotipesä'), status: 'submitted' }, { kind: 'peer', evaluatorPlace: name('Naapuri'), status: 'draft' }],
            areas: [{ area: 'activity', title: name('Toiminta'), self: 4, peerMean: 3.5, gap: 0.5 }],
            criteria: [{ criterion: 'crit_a', title: name('Kohtaaminen'), self: 4, peerMean: 3, gap: 1 }],
            largestGaps: ['crit_a'],
          },
          actions: [{ title: 'Tervetuloa-kierros', owner: 'MLL', dueDate: '2026-06-30', status: 'in-progress', overdue: true }],
        }),
        'fi',
      ).content,
    );
    expect(text).toContain('6.4.2026–30.4.2026 (päättynyt) · Lapsia vastasi: 14');
    expect(text).toEqual(expect.arrayContaining(['Lapsi tulee kuulluksi', '50,0 %', '27,0–73,0 %']));
    expect(text).toContain('Luvut julkaistaan, kun kierros on päättynyt.');
    expect(text).toEqual(expect.arrayContaining(['Itsearviointi', 'valmis', 'Vertaisarviointi', 'kesken', 'Toiminta', '4,0', '3,5', '+0,5']));
    expect(text).toContain('Suurimmat erot: Kohtaaminen');
    expect(text).toEqual(expect.arrayContaining(['Tervetuloa-kierros', 'MLL', '30.6.2026', 'käynnissä, myöhässä']));
  });
});

describe('regionAnnualReportDocument', () => {
  const region: RegionAnnualReportData = {
    region: { code: '04', name: name('Vantaan ja Keravan hyvinvointialue') },
    year: 2026,
    generatedAt: '2027-01-16T10:00:00.000Z',
    indicators: [{ key: 'felt-welcome', title: name('Tervetullut olo'), unit: 'share' }],
    total: [{ key: 'felt-welcome', value: 0.5882, n: 17, status: 'published', ci95: [0.36, 0.78] }],
    planningAvailable: true,
    places: [
      {
        meetingPlace: { slug: 'kotipesa', name: name('Kotipesä') },
        indicators: [{ key: 'felt-welcome', value: 0.625, n: 8, status: 'published', ci95: [0.3, 0.86] }],
        plan: { upcoming: 1, due: 0, done: 3, overdue: 1 },
        evaluations: { self: true, peers: 2 },
        actions: { planned: 1, 'in-progress': 1, done: 2, dropped: 0, overdue: 1 },
        coDevelopmentDays: 2,
      },
      {
        meetingPlace: { slug: 'pikku', name: name('Pikkupaikka') },
        indicators: [{ key: 'felt-welcome', value: null, n: 3, status: 'suppressed', ci95: null }],
        plan: null,
        evaluations: { self: false, peers: 0 },
        actions: { planned: 0, 'in-progress': 0, done: 0, dropped: 0, overdue: 0 },
        coDevelopmentDays: 0,
      },
    ],
  };

  it('puts one row per place side by side on landscape A4, with the region in all', () => {
    const doc = regionAnnualReportDocument(region, 'fi');
    expect(doc.pageOrientation).toBe('landscape');
    const table = doc.content.find((c) => typeof c === 'object' && !Array.isArray(c) && 'table' in c) as { table: { body: PdfContent[][] } };
    const rows = table.table.body.map(textOf);
    expect(rows[0]).toEqual(['Kohtaamispaikka', 'Tervetullut olo', 'Suunnitelma (tehty / myöhässä / kaikki)', 'Arvioinnit (itse / vertais)', 'Toimenpiteet (valmis / kaikki / myöhässä)', 'Yhteiskehittämispäiviä']);
    expect(rows[1]).toEqual(['Kotipesä', '62,5 % (n 8)', '3 / 1 / 5', 'kyllä / 2', '2 / 4 / 1', '2']);
    expect(rows[2]).toEqual(['Pikkupaikka', 'alle 5 vastausta', '–', 'ei / 0', '0 / 0 / 0', '0']);
    expect(rows[3]).toEqual(['Alue yhteensä', '58,8 % (n 17)', '', '', '', '']);
  });
});
