import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { indicatorSheet } from './indicator-workbook';
import { finnishWallClock, safeSheetName, StreamingWorkbook, XlsxColumn } from './workbook-writer';

async function written(build: (workbook: StreamingWorkbook) => Promise<void>, maxRowsPerSheet?: number): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const workbook = new StreamingWorkbook(out, { language: 'fi', maxRowsPerSheet });
  await build(workbook);
  await workbook.finish();
  await ended;
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return read;
}

const COLUMNS: XlsxColumn[] = [
  { header: 'Koodi', width: 8, format: 'text' },
  { header: 'Arvo', width: 10, format: 'percent' },
];

describe('StreamingWorkbook', () => {
  it('continues on a new sheet with the same header when a sheet is full', async () => {
    let result: Awaited<ReturnType<StreamingWorkbook['addSheet']>> = null;
    const book = await written(async (workbook) => {
      const rows = Array.from({ length: 7 }, (_, i) => ({ cells: [`0${i}`, i / 10] }));
      result = await workbook.addSheet('Vastaukset', COLUMNS, [rows.slice(0, 4), rows.slice(4)]);
    }, 4);
    expect(result).toEqual({ rows: 7, sheets: ['Vastaukset', 'Vastaukset (2)', 'Vastaukset (3)'] });
    expect(book.worksheets.map((s) => [s.name, s.rowCount])).toEqual([
      ['Vastaukset', 4],
      ['Vastaukset (2)', 4],
      ['Vastaukset (3)', 2],
    ]);
    const codes = book.worksheets.flatMap((s) => s.getRows(2, s.rowCount - 1)!.map((r) => r.getCell(1).value));
    expect(codes).toEqual(['00', '01', '02', '03', '04', '05', '06']);
    expect(book.worksheets.map((s) => s.getRow(1).getCell(1).value)).toEqual(['Koodi', 'Koodi', 'Koodi']);
    expect(book.worksheets.map((s) => s.autoFilter)).toEqual(['A1:B4', 'A1:B4', 'A1:B2']);
  });

  it('writes text as string cells, never as formulas, and leaves empty cells empty', async () => {
    const book = await written((workbook) =>
      workbook.addSheet('Testi', COLUMNS, [[{ cells: ['=1+1', null] }, { cells: ['+A1', Number.NaN] }, { cells: ['@SUM(A1)', 0.25] }]]).then(() => undefined),
    );
    const sheet = book.worksheets[0];
    const cells = [2, 3, 4].map((r) => sheet.getRow(r).getCell(1));
    expect(cells.map((c) => [c.type, c.value])).toEqual([
      [ExcelJS.ValueType.String, '=1+1'],
      [ExcelJS.ValueType.String, '+A1'],
      [ExcelJS.ValueType.String, '@SUM(A1)'],
    ]);
    expect([2, 3].map((r) => sheet.getRow(r).getCell(2).type)).toEqual([ExcelJS.ValueType.Null, ExcelJS.ValueType.Null]);
    expect(sheet.getRow(4).getCell(2)).toMatchObject({ value: 0.25, numFmt: '0.0 %' });
  });

  it('shows a mean with one decimal and a share in per cent in the same value column', async () => {
    const base = { period: '2026', level: 'region' as const, areaCode: '04', areaName: { fi: 'Alue', sv: 'Område', en: 'Area' }, n: 12, suppressed: false, status: 'published' as const, releasedAt: '2027-01-15T06:00:00.000Z', coverage: null, previous: null, change: null };
    const sheet = indicatorSheet(
      [
        { ...base, indicator: 'felt-welcome', value: 0.75, ci95: [0.5, 0.9] },
        { ...base, indicator: 'network-collaboration', value: 3.8333, ci95: [3.1, 4.5] },
      ],
      'fi',
    );
    const book = await written((workbook) => workbook.addSheet(sheet.name, sheet.columns, [sheet.rows]).then(() => undefined));
    const rows = book.worksheets[0].getRows(2, 2)!;
    expect(rows.map((r) => [r.getCell(7).numFmt, r.getCell(9).numFmt])).toEqual([
      ['0.0 %', '0.0 %'],
      ['0.0', '0.0'],
    ]);
    expect(rows.map((r) => r.getCell(3).value)).toEqual(['04', '04']);
  });
});

describe('sheet names and dates', () => {
  it('keeps sheet names within Excel’s rules', () => {
    expect(safeSheetName('Vastaukset: 2026/H1 [kaikki]')).toBe('Vastaukset  2026 H1  kaikki ');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('writes the Finnish wall-clock time, in summer and in winter', () => {
    expect(finnishWallClock(new Date('2026-07-01T09:30:00Z')).toISOString()).toBe('2026-07-01T12:30:00.000Z');
    expect(finnishWallClock(new Date('2026-12-31T22:15:00Z')).toISOString()).toBe('2027-01-01T00:15:00.000Z');
  });
});
