/**
 * Reads PostgreSQL's binary COPY output of a query with two text columns, `line` and `id`, as
 * the bytes of its lines. A row with a line gives the line's bytes as they came (no decoding to
 * strings and back: a million lines pass through as a few thousand buffers); a row whose line
 * is NULL gives its id, for the caller to put in a line made some other way, at the same place.
 *
 * The format (PostgreSQL's manual, COPY, "Binary Format"): an 11-byte signature, a 32-bit
 * flags field and a 32-bit header-extension length with that many bytes after it; then each
 * row as a 16-bit field count followed by each field as a 32-bit length (-1 for NULL) and its
 * bytes; then a 16-bit -1. All integers are big-endian. Rows run across the stream's chunks.
 */

/** What a chunk of COPY data gives, in order: lines' bytes, or the id of a row without its line. */
export type CopiedPiece = Buffer | { missing: string };

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const FIXED_HEADER = SIGNATURE.length + 8;

export class CopyBinaryLines {
  private pending: Buffer = Buffer.alloc(0);
  private headerRead = false;
  private ended = false;

  /** The pieces of every row this chunk completes; an incomplete row waits for the next chunk. */
  push(chunk: Buffer): CopiedPiece[] {
    let data = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    if (!this.headerRead) {
      if (data.length < FIXED_HEADER) return this.wait(data);
      if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('Not PostgreSQL binary COPY data.');
      const headerLength = FIXED_HEADER + data.readInt32BE(SIGNATURE.length + 4);
      if (data.length < headerLength) return this.wait(data);
      data = data.subarray(headerLength);
      this.headerRead = true;
    }
    const pieces: CopiedPiece[] = [];
    // Lines are copied into one buffer per run of rows that have them.
    let lines = Buffer.allocUnsafe(data.length);
    let linesEnd = 0;
    let at = 0;
    for (;;) {
      if (this.ended || data.length - at < 2) break;
      const fields = data.readInt16BE(at);
      if (fields === -1) {
        this.ended = true;
        at += 2;
        break;
      }
      if (fields !== 2) throw new Error(`A COPY row of ${fields} fields; expected line and id.`);
      // The line's length (-1: NULL) and bytes, then the id's.
      if (data.length - at < 6) break;
      const lineLength = data.readInt32BE(at + 2);
      const idAt = at + 6 + Math.max(lineLength, 0);
      if (data.length - idAt < 4) break;
      const idLength = data.readInt32BE(idAt);
      const rowEnd = idAt + 4 + Math.max(idLength, 0);
      if (rowEnd > data.length) break;
      if (lineLength >= 0) {
        linesEnd += data.copy(lines, linesEnd, at + 6, idAt);
      } else {
        if (idLength < 0) throw new Error('A COPY row without its line has no id.');
        if (linesEnd > 0) pieces.push(lines.subarray(0, linesEnd));
        lines = lines.subarray(linesEnd);
        linesEnd = 0;
        pieces.push({ missing: data.toString('utf8', idAt + 4, rowEnd) });
      }
      at = rowEnd;
    }
    if (linesEnd > 0) pieces.push(lines.subarray(0, linesEnd));
    // Copied, so that the chunk's memory is not held by a few leftover bytes.
    this.pending = Buffer.from(data.subarray(at));
    return pieces;
  }

  /** Checks that the data ended where the format says it ends. */
  end(): void {
    if (!this.ended || this.pending.length > 0) throw new Error('The COPY data ended in the middle of a row.');
  }

  private wait(data: Buffer): CopiedPiece[] {
    this.pending = Buffer.from(data);
    return [];
  }
}
