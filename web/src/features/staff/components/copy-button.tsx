import { useState } from 'react';
import { pick } from '../strings';

const labels = {
  fi: { copy: 'Kopioi', copied: 'Kopioitu leikepöydälle', failed: 'Kopiointi ei onnistunut: valitse teksti ja kopioi se itse.' },
  sv: { copy: 'Kopiera', copied: 'Kopierat till urklipp', failed: 'Det gick inte att kopiera: markera texten och kopiera den själv.' },
  en: { copy: 'Copy', copied: 'Copied to the clipboard', failed: 'Could not copy: select the text and copy it yourself.' },
};

/** Copies `text`; the outcome is announced in a live region next to the button. */
export function CopyButton({ text, lang, label }: { text: string; lang: string; label?: string }) {
  const t = pick(labels, lang);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="copy-button">
      <button type="button" className="button button--small" onClick={copy}>
        {label ?? t.copy}
      </button>{' '}
      <span role="status" className="copy-button__status">
        {state === 'copied' ? t.copied : state === 'failed' ? t.failed : ''}
      </span>
    </span>
  );
}
