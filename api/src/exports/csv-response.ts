import type { Response } from 'express';
import { CSV_CONTENT_TYPE } from '../../../reports/csv/csv-dialect';

/** The headers of every CSV download: a named attachment, never cached. */
export function startCsv(res: Response, filename: string): void {
  res.status(200);
  res.setHeader('Content-Type', CSV_CONTENT_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
}
