import type { AnchorHTMLAttributes } from 'react';
import { handleLinkClick } from '../lib/router';

/** An ordinary <a> that navigates inside the app without reloading the page. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} onClick={props.onClick ?? handleLinkClick} />;
}
