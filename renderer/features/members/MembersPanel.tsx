// The member panel: counts, server-side search, role filter, sort and one flat virtualized list
// paged from the server; a click opens the member's detail in the same column (UI.md).
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { rolesInOrder } from '../../store/guilds/selectors';
import type { MemberSort } from '../../store/members/slice';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MemberDetail } from './MemberDetail';
import { MemberList } from './MemberList';
import { SelectionBar } from '../moderation/SelectionBar';

const SORTS: { value: MemberSort; label: string }[] = [
  { value: 'joined-desc', label: 'sortJoinedDesc' },
  { value: 'joined-asc', label: 'sortJoinedAsc' },
  { value: 'active-desc', label: 'sortActiveDesc' },
  { value: 'active-asc', label: 'sortActiveAsc' },
];

export function MembersPanel() {
  const { t, i18n } = useTranslation('members');
  const detail = useAppStore((s) => s.memberDetail);
  const total = useAppStore((s) => s.memberTotal);
  const online = useAppStore((s) => s.memberOnline);
  const search = useAppStore((s) => s.memberSearch);
  const roleFilter = useAppStore((s) => s.memberRoleFilter);
  const sort = useAppStore((s) => s.memberSort);
  const error = useAppStore((s) => s.membersError);
  const roles = useAppStore(useShallow(rolesInOrder));
  const { setMemberSearch, setMemberRoleFilter, setMemberSort } = useAppStore(
    useShallow((s) => ({ setMemberSearch: s.setMemberSearch, setMemberRoleFilter: s.setMemberRoleFilter, setMemberSort: s.setMemberSort })),
  );
  const number = new Intl.NumberFormat(i18n.language);

  if (detail) return <MemberDetail key={detail.id} member={detail} />;
  return (
    <aside className="kd-members" aria-label={t('title')}>
      <div className="kd-members-head">
        <h2>{t('title')}</h2>
        <span className="kd-muted">{t('counts', { online: number.format(online), total: number.format(total) })}</span>
      </div>
      <input type="search" aria-label={t('search')} placeholder={t('search')} value={search} onChange={(e) => setMemberSearch(e.target.value)} />
      <div className="kd-members-filters">
        <select aria-label={t('roleFilter')} value={roleFilter ?? ''} onChange={(e) => setMemberRoleFilter(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{t('allRoles')}</option>
          {roles
            .filter((r) => r.role_id !== 0)
            .map((r) => (
              <option key={r.role_id} value={r.role_id}>
                {r.name}
              </option>
            ))}
        </select>
        <select aria-label={t('sort')} value={sort} onChange={(e) => setMemberSort(e.target.value as MemberSort)}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {t(s.label)}
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={error} />
      <SelectionBar />
      <MemberList />
    </aside>
  );
}
