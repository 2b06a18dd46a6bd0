import type { MouseEvent, ReactNode } from 'react';
import { useContentServices } from '../ContentContext';
import { safeHttpUrl } from '../safety/urls';
import { useContentText } from '../useContentText';

/**
 * A link that only ever opens through `openExternal`. Anything but absolute http(s)
 * (javascript:, data:, file:, relative…) is shown as plain text with the address in a tooltip.
 */
export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  const { openExternal } = useContentServices();
  const t = useContentText();
  const safe = safeHttpUrl(href);
  if (!safe) {
    return (
      <span className="kd-md-unsafe-link" title={t('unsafeLink', { url: href.slice(0, 300) })}>
        {children}
      </span>
    );
  }
  const open = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    openExternal(safe);
  };
  return (
    <a className="kd-md-link" href={safe} rel="noopener noreferrer" title={safe} onClick={open}>
      {children}
    </a>
  );
}
