import type { CSSProperties } from 'react';
import { useContentServices, type ResolvedName } from '../ContentContext';
import { useContentText } from '../useContentText';

const CSS_COLOR = /^#[0-9a-f]{6}$/i;

function colorStyle(resolved: ResolvedName | undefined): CSSProperties | undefined {
  return resolved?.color && CSS_COLOR.test(resolved.color) ? { color: resolved.color } : undefined;
}

/** `(met)id(met)` → @name (KMARKDOWN_CARD.md §1); unknown users show their id. */
export function UserMention({ id }: { id: string }) {
  const resolved = useContentServices().resolveUser(id);
  const t = useContentText();
  const name = resolved?.name ?? id;
  return (
    <span className="kd-md-mention" style={colorStyle(resolved)} aria-label={t('mentionUser', { name })} data-user-id={id}>
      @{name}
    </span>
  );
}

/** `(rol)id(rol)` → @role in the role's color. */
export function RoleMention({ id }: { id: string }) {
  const resolved = useContentServices().resolveRole(id);
  const t = useContentText();
  const name = resolved?.name ?? id;
  return (
    <span className="kd-md-mention kd-md-mention-role" style={colorStyle(resolved)} aria-label={t('mentionRole', { name })} data-role-id={id}>
      @{name}
    </span>
  );
}

/** `(chn)id(chn)` → #channel. */
export function ChannelMention({ id }: { id: string }) {
  const resolved = useContentServices().resolveChannel(id);
  const t = useContentText();
  const name = resolved?.name ?? id;
  return (
    <span className="kd-md-mention kd-md-mention-channel" aria-label={t('mentionChannel', { name })} data-channel-id={id}>
      #{name}
    </span>
  );
}

/** `(met)all(met)` / `(met)here(met)`. */
export function GroupMention({ group }: { group: 'all' | 'here' }) {
  const t = useContentText();
  return (
    <span className="kd-md-mention kd-md-mention-group" aria-label={t(group === 'all' ? 'mentionAllLabel' : 'mentionHereLabel')}>
      {t(group === 'all' ? 'mentionAll' : 'mentionHere')}
    </span>
  );
}
