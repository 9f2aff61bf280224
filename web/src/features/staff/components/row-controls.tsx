// What the rows of the staff lists (places, service areas, accounts) show the same way.

/** In use or deactivated (nothing is deleted), as a tag. */
export function ActiveTag({ active, labels }: { active: boolean; labels: { active: string; inactive: string } }) {
  return <span className={active ? 'tag tag--ok' : 'tag tag--inactive'}>{active ? labels.active : labels.inactive}</span>;
}

/**
 * The row's Edit button: named for its row ("Edit X") for screen readers, with an id the page
 * returns focus to when the edit form is cancelled.
 */
export function EditButton({ id, name, text, onClick }: { id: string; name: string; text: string; onClick: () => void }) {
  return (
    <button type="button" id={id} className="button button--small" aria-label={name} onClick={onClick}>
      {text}
    </button>
  );
}
