import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { API_SCHEMA_FILE, generateApiTypes } from './api-types';

generateApiTypes().then(
  (types) => {
    writeFileSync(API_SCHEMA_FILE, types);
    console.log(`Wrote ${relative(process.cwd(), API_SCHEMA_FILE)}`);
  },
  (error: unknown) => {
    console.error('Could not generate the API types:', error);
    process.exit(1);
  },
);
