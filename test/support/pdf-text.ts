import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF made by pdfmake with the standard fonts, for tests: each content stream is
 * inflated, its text operators (Tj, TJ) are read in order and their WinAnsi bytes decoded. A
 * new line starts where the text moves to another baseline; pieces on one line are joined with
 * a space unless the first already ends in one (or in a dash that pdfmake broke the word at). Enough for "does the report say 62,5 %".
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  let lastY: string | null = null;
  const streams = /<<([^]*?)>>\s*stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = (/\/FlateDecode/.test(match[1]) ? inflateSync(bytes) : bytes).toString('latin1');
    } catch {
      continue;
    }
    for (const block of content.match(/BT[^]*?ET/g) ?? []) {
      const y = /([-\d.]+)\s+Tm/.exec(block)?.[1] ?? null;
      const text = [...block.matchAll(/\[([^\]]*)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))\s*Tj/g)]
        .map((m) => (m[1] !== undefined ? [...m[1].matchAll(/<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)/g)].map((s) => decodeString(s[0])).join('') : decodeString(m[2])))
        .join('');
      if (text === '') continue;
      const previous = out[out.length - 1] ?? '';
      // pdfmake breaks words after a dash into pieces of their own ("30,6–" "86,3 %"); a lone dash is a cell.
      const joined = previous.endsWith(' ') || (previous.length > 1 && /[-–]$/.test(previous));
      if (out.length > 0) out.push(y !== lastY ? '\n' : joined ? '' : ' ');
      out.push(text);
      lastY = y;
    }
  }
  return out.join('');
}

/** WinAnsi's 0x80–0x9F (the rest is Latin-1). */
const WIN_ANSI: Record<number, string> = { 0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—' };

function decodeString(token: string): string {
  let bytes: number[];
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1);
    bytes = [];
    for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
  } else {
    bytes = [...token.slice(1, -1).replace(/\\([()\\])/g, '$1')].map((c) => c.charCodeAt(0));
  }
  return bytes.map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join('');
}
