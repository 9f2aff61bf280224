import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../common/project-root';
import type { SurveyAudience } from './survey-instrument.entity';

/** survey-definitions/instruments.json: the index of instruments and their locked versions. */
export interface InstrumentIndexEntry {
  key: string;
  kind: string;
  audience: SurveyAudience;
  title: { fi: string; sv: string; en: string };
  periods: ('year' | 'half-year')[];
  versions: InstrumentIndexVersion[];
}

export interface InstrumentIndexVersion {
  version: number;
  publishedAt: string;
  checksum: string;
  /**
   * The version's languages (`fi` is the definitions' `default`). `reviewed` is false until a
   * native speaker has checked the texts; the respondent page offers the language anyway.
   */
  languages: Record<string, { reviewed: boolean }>;
}

export interface DefinitionFile {
  key: string;
  version: number;
  publishedAt: Date;
  checksum: string;
  /** The file's exact text: what the API serves and what the checksum covers. */
  text: string;
}

export function definitionsDirectory(): string {
  return join(projectRoot(), 'survey-definitions');
}

export function sha256Hex(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export function readInstrumentIndex(directory = definitionsDirectory()): InstrumentIndexEntry[] {
  return JSON.parse(readFileSync(join(directory, 'instruments.json'), 'utf8')) as InstrumentIndexEntry[];
}

/** Every `<key>/v<N>.json` on disk, whether listed in the index or not. */
export function listDefinitionFiles(directory = definitionsDirectory()): { key: string; version: number; path: string }[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(directory, entry.name))
        .map((file) => /^v(\d+)\.json$/.exec(file))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => ({ key: entry.name, version: Number(match[1]), path: join(directory, entry.name, match[0]) })),
    );
}

/**
 * Reads the published definitions and checks each against the checksum locked in the index.
 * A published version never changes: a file that differs from its lock is an error, and so is
 * a file the index does not list (new versions are new files plus a new index entry).
 */
export function readPublishedDefinitions(directory = definitionsDirectory()): DefinitionFile[] {
  const index = readInstrumentIndex(directory);
  const locked = new Map(index.flatMap((entry) => entry.versions.map((v) => [`${entry.key}/v${v.version}`, v] as const)));
  const files = listDefinitionFiles(directory);
  const problems: string[] = [];
  for (const file of files) {
    if (!locked.has(`${file.key}/v${file.version}`)) problems.push(`${file.key}/v${file.version}.json is not listed in instruments.json`);
  }
  const definitions = index.flatMap((entry) =>
    entry.versions.map((version) => {
      const path = join(directory, entry.key, `v${version.version}.json`);
      const text = readFileSync(path, 'utf8');
      const checksum = sha256Hex(text);
      if (checksum !== version.checksum) {
        problems.push(`${entry.key}/v${version.version}.json has changed since it was published (sha256 ${checksum}, locked ${version.checksum})`);
      }
      return { key: entry.key, version: version.version, publishedAt: new Date(version.publishedAt), checksum, text };
    }),
  );
  if (problems.length > 0) throw new Error(`Survey definitions are not as published:\n  - ${problems.join('\n  - ')}`);
  return definitions;
}
