import type { ReactNode } from 'react';

export interface TableColumn {
  label: ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
}

/**
 * A data table named by its caption, in a region that scrolls sideways on a narrow screen
 * and can be reached and scrolled with the keyboard (WCAG 2.1.1, 1.4.10).
 */
export function ScrollTable(props: { id: string; caption: ReactNode; columns: TableColumn[]; className?: string; children: ReactNode }) {
  const captionId = `${props.id}-caption`;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={props.className ?? 'data-table'}>
        <caption id={captionId}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column, i) => (
              <th key={i} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
