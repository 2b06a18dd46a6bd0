// The virtualized member rows (TanStack Virtual, stable id keys); nearing the end asks for the
// next server page. Each row has a checkbox for mass actions; ctrl-click toggles, shift-click
// selects a range.
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../shared/ipc';
import type { Role } from '../../../shared/kook/objects';
import { useAppStore } from '../../store';
import { colorHex } from '../../components/color';
import { displayName, highestRole } from '../../store/members/selectors';
import { usePagedVirtualList } from '../../components/usePagedVirtualList';

const ROW_HEIGHT = 36;
const NO_ROLES: Role[] = [];

export function MemberList() {
  const { t } = useTranslation('members');
  const items = useAppStore((s) => s.memberItems);
  const loading = useAppStore((s) => s.membersLoading);
  const hasMore = useAppStore((s) => s.memberPage < s.memberPageTotal);
  const loadMore = useAppStore((s) => s.loadMoreMembers);
  const roles = useAppStore((s) => s.guildDetail?.roles ?? NO_ROLES);
  const { scrollRef, virtualizer, rows } = usePagedVirtualList({ items, rowHeight: ROW_HEIGHT, overscan: 8, prefetch: 10, hasMore, loading, loadMore });

  if (!loading && items.length === 0) return <p className="kd-muted kd-pad">{t('noResults')}</p>;
  return (
    <div ref={scrollRef} className="kd-member-scroll" role="list" aria-label={t('list')} aria-busy={loading}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const member = items[row.index];
          if (!member) return null;
          return (
            <MemberRow key={row.key} member={member} roles={roles} top={row.start} />
          );
        })}
      </div>
      {loading && <p className="kd-muted kd-pad">{t('loadingMore')}</p>}
    </div>
  );
}

function MemberRow({ member, roles, top }: { member: MemberView; roles: Role[]; top: number }) {
  const { t } = useTranslation('members');
  const { t: tm } = useTranslation('moderation');
  const openMember = useAppStore((s) => s.openMember);
  const selected = useAppStore((s) => s.memberSelection.includes(member.id));
  const toggle = useAppStore((s) => s.toggleMemberSelected);
  const selectRange = useAppStore((s) => s.selectMemberRange);
  const role = highestRole(member, roles);
  const name = displayName(member);
  return (
    <div role="listitem" className="kd-member-row" data-selected={selected || undefined} style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}>
      <input type="checkbox" className="kd-member-select" aria-label={tm('selectMember', { name })} checked={selected} onChange={() => toggle(member.id)} />
      <button
        type="button"
        aria-label={t('row', { name, state: t(member.online ? 'online' : 'offline') })}
        onClick={(e) => {
          if (e.shiftKey) return selectRange(member.id);
          if (e.ctrlKey || e.metaKey) return toggle(member.id);
          void openMember(member.id);
        }}
      >
        <span className={`kd-dot ${member.online ? 'kd-dot-online' : 'kd-dot-offline'}`} aria-hidden="true" />
        <span className="kd-member-name" style={role && role.color ? { color: colorHex(role.color) } : undefined} title={name}>
          {name}
        </span>
        {role && <span className="kd-member-role kd-muted">{role.name}</span>}
      </button>
    </div>
  );
}
