import { CopiedPiece, CopyBinaryLines } from './copy-binary-lines';

/** PostgreSQL's binary COPY of rows (line, id), as the server sends it (with a header extension). */
function copyData(rows: [string | null, string | null][], extension = Buffer.alloc(0)): Buffer {
  const parts = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), int32(0), int32(extension.length), extension];
  for (const row of rows) {
    parts.push(int16(2));
    for (const field of row) {
      if (field === null) parts.push(int32(-1));
      else parts.push(int32(Buffer.byteLength(field)), Buffer.from(field));
    }
  }
  parts.push(int16(-1));
  return Buffer.concat(parts);
}

function int16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
}

function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}

/** The pieces as text: lines as they are, a missing line as <id>. */
function asText(pieces: CopiedPiece[]): string {
  return pieces.map((p) => (Buffer.isBuffer(p) ? p.toString('utf8') : `<${p.missing}>`)).join('');
}

const ROWS: [string | null, string | null][] = [
  ['a,1,"x, y"\r\n', null],
  [null, 'id-2'],
  ['ö,ä,"line\nbreak"\r\n', null],
  ['c,3\r\n', null],
  [null, 'id-5'],
  [null, 'id-6'],
  ['€,😀\r\n', null],
];
const EXPECTED = 'a,1,"x, y"\r\n<id-2>ö,ä,"line\nbreak"\r\nc,3\r\n<id-5><id-6>€,😀\r\n';

describe('CopyBinaryLines', () => {
  it('gives every line and every missing id in order from one chunk', () => {
    const reader = new CopyBinaryLines();
    const pieces = reader.push(copyData(ROWS));
    reader.end();
    expect(asText(pieces)).toBe(EXPECTED);
    // Consecutive lines come as one buffer, not one per row.
    expect(pieces.filter(Buffer.isBuffer)).toHaveLength(3);
  });

  it('gives the same whatever the chunks the stream is cut into, multi-byte characters and header included', () => {
    const data = copyData(ROWS, Buffer.from('ext'));
    for (let size = 1; size <= 17; size++) {
      const reader = new CopyBinaryLines();
      const pieces: CopiedPiece[] = [];
      for (let at = 0; at < data.length; at += size) pieces.push(...reader.push(data.subarray(at, at + size)));
      reader.end();
      expect(asText(pieces)).toBe(EXPECTED);
    }
  });

  it('reads an empty result', () => {
    const reader = new CopyBinaryLines();
    expect(reader.push(copyData([]))).toEqual([]);
    expect(() => reader.end()).not.toThrow();
  });

  it('refuses data that stops in the middle of a row or is not binary COPY', () => {
    const data = copyData(ROWS);
    const cut = new CopyBinaryLines();
    cut.push(data.subarray(0, data.length - 5));
    expect(() => cut.end()).toThrow(/middle of a row/);
    expect(() => new CopyBinaryLines().push(Buffer.from('id,line\r\nnot binary copy data'))).toThrow(/Not PostgreSQL binary COPY/);
  });

  it('refuses rows of another shape', () => {
    const threeFields = Buffer.concat([copyData([]).subarray(0, 19), int16(3)]);
    expect(() => new CopyBinaryLines().push(threeFields)).toThrow(/3 fields/);
    expect(() => new CopyBinaryLines().push(copyData([[null, null]]))).toThrow(/no id/);
  });
});
