import { CopyButton } from './copy-button';
import { useFocus } from './use-focus';

/**
 * A secret the server shows once (a temporary password, an export token): in a card that takes
 * focus when it appears, with a copy button, an OK that closes it and a note that it will not
 * be shown again.
 */
export function OneTimeSecret({
  id,
  heading,
  level = 2,
  label,
  secret,
  testId,
  note,
  lang,
  onDone,
}: {
  /** The heading's id (the card is labelled by it). */
  id: string;
  heading: string;
  level?: 2 | 3;
  label: string;
  secret: string;
  testId: string;
  note: string;
  lang: string;
  onDone: () => void;
}) {
  const ref = useFocus<HTMLElement>();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="card status-message" tabIndex={-1} ref={ref} aria-labelledby={id}>
      <Heading id={id}>{heading}</Heading>
      <p>
        {label}: <span className="secret" data-testid={testId}>{secret}</span>
      </p>
      <p className="inline-actions">
        <CopyButton text={secret} lang={lang} />
        <button type="button" className="button button--small" onClick={onDone}>
          OK
        </button>
      </p>
      <p>{note}</p>
    </section>
  );
}
