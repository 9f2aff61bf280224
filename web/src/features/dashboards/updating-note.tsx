import { shellStrings } from '../staff/strings';

/** A polite "loading…" while a dashboard shows its previous figures; empty (but present) otherwise. */
export function UpdatingNote({ updating, lang }: { updating: boolean; lang: string }) {
  return (
    <p role="status" className={updating ? 'dash-updating' : 'visually-hidden'}>
      {updating ? shellStrings(lang).loading : ''}
    </p>
  );
}
