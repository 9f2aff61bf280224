/**
 * npm run translations -- export <key> <version|current> [--out sheet.xlsx] [--languages so,ti]
 * npm run translations -- import <key> <sheet.xlsx|sheet.csv> [--published-at ISO] [--reviewed ar,ru]
 *
 * See survey-definitions/README.md ("Translations").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SystemClock } from '../../api/src/common/clock';
import { readInstrumentIndex, readPublishedDefinitions } from '../../api/src/surveys/survey-definition-files';
import { formatJsonFile, withNewVersion } from './instrument-index';
import { readSheetFile, writeWorkbook } from './sheet-files';
import { exportSheet, importSheet, TranslationSheetError, type Json } from './translation-sheet';

type Options = Record<string, string>;

function parseArgs(argv: string[]): { positional: string[]; options: Options } {
  const positional: string[] = [];
  const options: Options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      options[name] = inline ?? argv[++i] ?? '';
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

const list = (value: string | undefined) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

function definitionOf(directory: string, key: string, version: number | 'current') {
  const definitions = readPublishedDefinitions(directory).filter((d) => d.key === key);
  if (definitions.length === 0) throw new Error(`No instrument "${key}" in ${directory}/instruments.json`);
  const found = version === 'current' ? definitions.at(-1) : definitions.find((d) => d.version === version);
  if (!found) throw new Error(`${key} has no version ${version}`);
  return { version: found.version, json: JSON.parse(found.text) as { [key: string]: Json } };
}

async function exportCommand(directory: string, [key, versionArg]: string[], options: Options): Promise<void> {
  if (!key || !versionArg) throw new Error('Usage: export <key> <version|current> [--out file.xlsx]');
  const version = versionArg === 'current' ? 'current' : Number(versionArg);
  if (version !== 'current' && !Number.isInteger(version)) throw new Error(`Not a version: ${versionArg}`);
  const { version: exported, json } = definitionOf(directory, key, version);
  const workbook = await writeWorkbook(
    exportSheet(json, list(options.languages)),
    `Kohtaamo: ${key} v${exported}`,
  );
  if (options.out) {
    writeFileSync(options.out, workbook);
    process.stderr.write(`Wrote ${options.out}: ${key} v${exported}\n`);
  } else {
    process.stdout.write(workbook);
  }
}

async function importCommand(directory: string, [key, file]: string[], options: Options): Promise<void> {
  if (!key || !file) throw new Error('Usage: import <key> <sheet.xlsx|sheet.csv>');
  const current = definitionOf(directory, key, 'current');
  const sheet = await readSheetFile(readFileSync(resolve(file)));
  const result = importSheet(current.json, sheet);
  const text = formatJsonFile(result.definition);
  const publishedAt = options['published-at'] ? new Date(options['published-at']) : new SystemClock().now();
  if (Number.isNaN(publishedAt.getTime())) throw new Error(`Not a time: ${options['published-at']}`);
  const { index, version } = withNewVersion(readInstrumentIndex(directory), {
    key,
    text,
    publishedAt,
    languages: result.languages,
    changedLanguages: result.changedLanguages,
    reviewed: list(options.reviewed),
  });
  writeFileSync(join(directory, key, `v${version}.json`), text);
  writeFileSync(join(directory, 'instruments.json'), formatJsonFile(index));
  process.stderr.write(
    `Wrote ${key}/v${version}.json in ${result.languages.join(', ')} (changed: ${result.changedLanguages.join(', ') || 'none'}) and locked it in instruments.json.\n`,
  );
}

async function main(): Promise<void> {
  const { positional, options } = parseArgs(process.argv.slice(2));
  const directory = resolve(options.definitions ?? 'survey-definitions');
  const [command, ...rest] = positional;
  if (command === 'export') await exportCommand(directory, rest, options);
  else if (command === 'import') await importCommand(directory, rest, options);
  else throw new Error('Usage: translations export <key> <version> | translations import <key> <sheet>');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof TranslationSheetError ? 2 : 1);
});
