import pdfmake from 'pdfmake';
import type { PdfDocument } from '../../../reports/annual-report';

/**
 * The PDF standard fonts (Helvetica), which pdfkit carries inside itself: no font file, no
 * network. Their WinAnsi encoding covers Finnish and Swedish (ä ö å). pdfmake resolves a font
 * by "reading" its name, so the local-file policy lets exactly these names through and nothing
 * else: a document definition can never make the server read a file or fetch a URL.
 */
const HELVETICA = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
const STANDARD_FONT_NAMES = new Set(Object.values(HELVETICA));

pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));

/** Renders a document definition (reports/annual-report.ts) to PDF bytes. */
export function renderPdf(definition: PdfDocument): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
