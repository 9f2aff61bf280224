import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCsvFormatDoc } from './csv-format-doc';

const file = join(__dirname, '../../docs/csv-format.md');

describe('docs/csv-format.md', () => {
  it('is exactly what the export code documents (UPDATE_DOCS=1 rewrites it)', () => {
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, renderCsvFormatDoc());
    expect(readFileSync(file, 'utf8')).toBe(renderCsvFormatDoc());
  });
});
