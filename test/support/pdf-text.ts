import { inflateSync } from 'node:zlib';

// Reading the text of the two kinds of PDF Kohtaamo's tests meet, without a PDF library:
// Chromium's printouts of pages (pdfPageTexts) and the server's pdfmake reports (pdfText).
// They encode text differently (Type0 fonts with ToUnicode CMaps; standard fonts in WinAnsi).

// The text of a PDF that Chromium printed (page.pdf()), page by page, without a PDF library.
// Chromium's PDFs (Skia) are simple: no object streams, Flate-compressed page contents, and
// Type0 fonts whose glyph ids map to Unicode through a ToUnicode CMap. That is all this reads;
// it is a test helper for "does the printout say X", not a general PDF parser.

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  // latin1 maps bytes 1:1 to characters, so string offsets are byte offsets.
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
    } else {
      const dict = body.slice(0, streamAt);
      const dataStart = start + streamAt + (/stream\r?\n/.exec(body.slice(streamAt))![0].length);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? -1);
      const raw = pdf.subarray(dataStart, length >= 0 ? dataStart + length : text.indexOf('endstream', dataStart));
      objects.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    }
    header.lastIndex = end;
  }
  return objects;
}

const ref = (dict: string, key: string): number | null => {
  const found = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return found ? Number(found[1]) : null;
};

/** Glyph id (hex) → text, from a ToUnicode CMap's bfchar and bfrange entries. */
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, glyph, to] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(glyph.toUpperCase(), unicode(to));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, target] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const first = parseInt(from, 16);
      const width = from.length;
      const targets = target.startsWith('[') ? [...target.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => m[1]) : null;
      for (let glyph = first; glyph <= parseInt(to, 16); glyph += 1) {
        const key = glyph.toString(16).toUpperCase().padStart(width, '0');
        if (targets) map.set(key, unicode(targets[glyph - first]));
        else {
          const base = target.slice(1, -1);
          map.set(key, unicode((parseInt(base, 16) + glyph - first).toString(16).padStart(base.length, '0')));
        }
      }
    }
  }
  return map;
}

/** Each page's text, its runs in drawing order; a new line where a run starts lower down. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const cmaps = new Map<number, Map<string, string>>();
  const cmapOf = (font: number): Map<string, string> => {
    if (!cmaps.has(font)) {
      const toUnicode = ref(objects.get(font)?.dict ?? '', 'ToUnicode');
      cmaps.set(font, readCMap(toUnicode === null ? '' : (objects.get(toUnicode)?.stream?.toString('latin1') ?? '')));
    }
    return cmaps.get(font)!;
  };
  const pagesRoot = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict) && !/\/Parent /.test(o.dict));
  const kids = (dict: string): number[] => [...(/\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const pages: number[] = [];
  const walk = (ids: number[]) => {
    for (const id of ids) {
      const dict = objects.get(id)?.dict ?? '';
      if (/\/Type \/Pages\b/.test(dict)) walk(kids(dict));
      else pages.push(id);
    }
  };
  walk(pagesRoot ? kids(pagesRoot.dict) : []);

  const names = (dict: string, kind: string): Map<string, number> =>
    new Map([...(new RegExp(`/${kind} <<([^>]*)>>`).exec(dict)?.[1] ?? '').matchAll(/\/(\S+) (\d+) 0 R/g)].map(([, name, id]) => [name, Number(id)]));

  return pages.map((id) => {
    const dict = objects.get(id)!.dict;
    const contents = /\/Contents \[([^\]]*)\]/.exec(dict)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(dict)?.[1] ?? '';
    const program = [...contents.matchAll(/(\d+) 0 R/g)].map((m) => objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '').join('\n');
    let lastY: number | null = null;
    let out = '';
    // A content program with the fonts and forms of its resources; a form (a printed canvas,
    // say) is a program of its own, run where it is drawn.
    const run = (code: string, resources: string, depth: number) => {
      const fonts = names(resources, 'Font');
      const forms = names(resources, 'XObject');
      let cmap = new Map<string, string>();
      const show = (hex: string) => {
        for (let i = 0; i < hex.length; i += 4) out += cmap.get(hex.slice(i, i + 4).toUpperCase()) ?? '';
      };
      const operators = /\/(\S+) [\d.]+ Tf|([-\d.]+) ([-\d.]+) Tm|<([0-9A-Fa-f]*)> Tj|\[([^\]]*)\] TJ|\/(\S+) Do/g;
      for (const op of code.matchAll(operators)) {
        if (op[1] !== undefined) cmap = cmapOf(fonts.get(op[1]) ?? -1);
        else if (op[3] !== undefined) {
          const y = Number(op[3]);
          if (lastY !== null && Math.abs(y - lastY) > 0.5 && !out.endsWith('\n')) out += '\n';
          lastY = y;
        } else if (op[4] !== undefined) show(op[4]);
        else if (op[5] !== undefined) for (const part of op[5].matchAll(/<([0-9A-Fa-f]*)>/g)) show(part[1]);
        else if (op[6] !== undefined && depth < 8) {
          const form = objects.get(forms.get(op[6]) ?? -1);
          if (form?.stream && /\/Subtype \/Form/.test(form.dict)) {
            if (!out.endsWith('\n')) out += '\n';
            run(form.stream.toString('latin1'), form.dict, depth + 1);
          }
        }
      }
    };
    run(program, dict, 0);
    return out;
  });
}

// pdfmake's reports

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
