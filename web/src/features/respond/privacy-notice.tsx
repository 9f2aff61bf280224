import type { RefObject } from 'react';
import { messages } from '../../lib/i18n';
import { completeButtonText, definitionText } from '../../../../reports/survey-texts';

/**
 * What a family reads before starting: the survey, what happens to the answers, and Start.
 * Plain React without survey-core, so it shows while survey-core is still downloading; the
 * server renders the same markup into the HTML (api/src/web/respondent-prerender.ts).
 */
export function PrivacyNotice({
  lang,
  title,
  placeName,
  definition,
  headingRef,
  onStart,
  starting,
}: {
  lang: string;
  title: string;
  placeName: string;
  definition: Record<string, unknown>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStart: () => void;
  /** Start was pressed and the survey's code is still on its way. */
  starting: boolean;
}) {
  const t = messages(lang);
  return (
    <div className="card privacy-notice">
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {definition.description ? <p className="lead">{definitionText(definition.description, lang)}</p> : null}
      <h2>{t.privacyHeading}</h2>
      <ul className="privacy-points">
        <li>{t.privacyAnonymous}</li>
        <li>{t.privacyWhat(placeName)}</li>
        <li>{t.privacyWhy}</li>
        <li>{t.privacyWho}</li>
        <li>{t.privacyVoluntary(completeButtonText(definition, lang))}</li>
      </ul>
      <button
        type="button"
        className="button button--primary button--large"
        onClick={onStart}
        aria-busy={starting || undefined}
      >
        {t.start}
      </button>
    </div>
  );
}
