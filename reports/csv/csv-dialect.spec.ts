import { csvHeader, csvRows, formatNumber, neutraliseFormula, parseCsv } from './csv-dialect';

describe('CSV dialects', () => {
  const rows = [
    ['2026', 'region', '04', 'Vantaan ja Keravan hyvinvointialue', 'felt-welcome', 0.8125, 48, false],
    ['2026', 'municipality', '092', 'Vantaa; "Vanda"', 'loneliness', null, null, true],
  ];

  it('rfc4180: comma, decimal point, CRLF, no BOM, codes kept as text', () => {
    const text = csvHeader(['period', 'level', 'area_code', 'area_name', 'indicator', 'value', 'n', 'suppressed'], 'rfc4180') + csvRows(rows, 'rfc4180');
    expect(text).toBe(
      'period,level,area_code,area_name,indicator,value,n,suppressed\r\n' +
        '2026,region,04,Vantaan ja Keravan hyvinvointialue,felt-welcome,0.8125,48,false\r\n' +
        '2026,municipality,092,"Vantaa; ""Vanda""",loneliness,,,true\r\n',
    );
  });

  it('excel-fi: BOM, semicolon, decimal comma, CRLF', () => {
    const text = csvHeader(['area_code', 'value'], 'excel-fi') + csvRows([['04', 0.8125], ['092', 12.5]], 'excel-fi');
    expect(text).toBe('\uFEFFarea_code;value\r\n04;0,8125\r\n092;12,5\r\n');
  });

  it('quotes a cell holding the delimiter of its dialect only', () => {
    expect(csvRows([['a,b', 'c;d']], 'rfc4180')).toBe('"a,b",c;d\r\n');
    expect(csvRows([['a,b', 'c;d']], 'excel-fi')).toBe('a,b;"c;d"\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+358 40 123', "'+358 40 123"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['Kiitos = hyvä', 'Kiitos = hyvä'],
  ])('neutralises %j as %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('does not neutralise numbers, which are written by the exporter itself', () => {
    expect(csvRows([[-0.5, 'x']], 'rfc4180')).toBe('-0.5,x\r\n');
    expect(formatNumber(-0.5, 'excel-fi')).toBe('-0,5');
  });

  it('parses its own output back in either dialect', () => {
    for (const dialect of ['rfc4180', 'excel-fi'] as const) {
      const text = csvHeader(['code', 'name', 'note'], dialect) + csvRows([['092', 'Vantaa; "Vanda"', 'rivi\r\nkaksi']], dialect);
      expect(parseCsv(text, dialect)).toEqual([
        ['code', 'name', 'note'],
        ['092', 'Vantaa; "Vanda"', 'rivi\r\nkaksi'],
      ]);
    }
  });
});
