/**
 * survey-definitions/instruments.json as the translation command updates it: a new version gets
 * its checksum lock and its languages, each marked reviewed or not.
 */
import { SOURCE_LANGUAGES } from '../../reports/languages';
import {
  sha256Hex,
  type InstrumentIndexEntry,
  type InstrumentIndexVersion,
} from '../../api/src/surveys/survey-definition-files';

/** Definition files are pretty-printed with a trailing newline; the checksum covers exactly this. */
export const formatJsonFile = (json: unknown): string => JSON.stringify(json, null, 2) + '\n';

export interface NewVersion {
  key: string;
  /** The new definition file's exact text. */
  text: string;
  publishedAt: Date;
  /** Languages of the new version, Finnish first. */
  languages: readonly string[];
  /** Languages whose texts are new or changed in this version. */
  changedLanguages: readonly string[];
  /** Languages a native speaker has checked for this version. */
  reviewed: readonly string[];
}

/**
 * The index with `version` appended. A language keeps the review status it had in the previous
 * version unless its texts changed; new or changed texts are unreviewed unless named in
 * `reviewed`. The team's own languages (fi, sv, en) count as reviewed.
 */
export function withNewVersion(index: readonly InstrumentIndexEntry[], next: NewVersion): { index: InstrumentIndexEntry[]; version: number } {
  const entry = index.find((e) => e.key === next.key);
  if (!entry) throw new Error(`Unknown instrument ${next.key}`);
  const previous = entry.versions.at(-1);
  const version = (previous?.version ?? 0) + 1;
  if (previous && Date.parse(previous.publishedAt) > next.publishedAt.getTime()) {
    throw new Error(`${next.key} v${version} would be published before v${previous.version} (${previous.publishedAt})`);
  }
  const languages: InstrumentIndexVersion['languages'] = {};
  for (const code of next.languages) {
    const carried = next.changedLanguages.includes(code) ? false : (previous?.languages[code]?.reviewed ?? false);
    languages[code] = { reviewed: SOURCE_LANGUAGES.includes(code) || next.reviewed.includes(code) || carried };
  }
  const added: InstrumentIndexVersion = {
    version,
    publishedAt: next.publishedAt.toISOString(),
    checksum: sha256Hex(next.text),
    languages,
  };
  return {
    index: index.map((e) => (e === entry ? { ...e, versions: [...e.versions, added] } : e)),
    version,
  };
}
