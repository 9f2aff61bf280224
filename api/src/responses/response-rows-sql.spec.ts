import { insertRowsSql, rowsJson, wellFormed } from './response-rows-sql';

describe('response rows as one JSON parameter', () => {
  it('unpacks the rows by column name on each engine', () => {
    expect(insertRowsSql('sqlite', 'item', ['id', 'value_text'])).toBe("INSERT INTO item (id, value_text) SELECT value ->> 'id', value ->> 'value_text' FROM json_each(?)");
    expect(insertRowsSql('postgres', 'item', ['id', 'value_text'])).toBe(
      'INSERT INTO item (id, value_text) SELECT id, value_text FROM json_populate_recordset(NULL::item, ?::json)',
    );
  });

  it('gives each row every column, in the column order, nulls included', () => {
    const columns = { id: (item: { n: number }) => `r${item.n}`, n: (item: { n: number }) => item.n, none: () => null };
    expect(JSON.parse(rowsJson([{ n: 1 }, { n: 2.5 }], columns, 'sqlite'))).toEqual([
      { id: 'r1', n: 1, none: null },
      { id: 'r2.5', n: 2.5, none: null },
    ]);
  });

  it('replaces lone surrogates only, keeping pairs and every other character', () => {
    expect(wellFormed('a\ud800b')).toBe('a\ufffdb');
    expect(wellFormed('\udc00x\ud83d')).toBe('\ufffdx\ufffd');
    expect(wellFormed('😀 ok \u2028 "x"')).toBe('😀 ok \u2028 "x"');
    expect(wellFormed('\ud83d\ud83d\ude00')).toBe('\ufffd😀');
  });
});
