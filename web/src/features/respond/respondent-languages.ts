import { chromeLanguages } from '../../lib/i18n';

/** The language switcher of a survey: the chrome's languages, then any more the survey has. */
export function respondentLanguages(available: readonly string[]): string[] {
  return [...chromeLanguages, ...available.filter((l) => !(chromeLanguages as readonly string[]).includes(l))];
}
