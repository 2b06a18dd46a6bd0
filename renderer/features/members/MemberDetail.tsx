// One member: avatar, name#tag, editable nickname, joined / active times, roles as removable
// chips plus "Add role" (the Moderation section's Grant role dialog, which records a case), copy
// id (UI.md "Member panel").
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { MemberView } from '../../../shared/ipc';
import { Avatar } from '../../components/Avatar';
import { copyText } from '../../components/clipboard';
import { colorHex } from '../../components/color';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fullTime, shortTime } from '../../components/time';
import { useAppStore } from '../../store';
import { rolesInOrder } from '../../store/guilds/selectors';
import { memberTarget } from '../../store/moderation/requests';
import { MemberActions } from '../moderation/MemberActions';

export function MemberDetail({ member }: { member: MemberView }) {
  const { t, i18n } = useTranslation('members');
  const roles = useAppStore(useShallow(rolesInOrder));
  const error = useAppStore((s) => s.memberDetailError);
  const { closeMember, revokeRole, setNickname, openDialog } = useAppStore(
    useShallow((s) => ({ closeMember: s.closeMember, revokeRole: s.revokeRole, setNickname: s.setNickname, openDialog: s.openModerationDialog })),
  );
  const guildId = useAppStore((s) => s.selectedGuildId);
  const [nick, setNick] = useState(member.nickname);
  const held = roles.filter((r) => r.role_id !== 0 && member.roles.includes(r.role_id));
  const locale = i18n.language;

  return (
    <aside className="kd-members kd-member-detail" aria-label={t('detail')}>
      <button type="button" className="kd-link-button kd-breadcrumb" aria-label={t('back')} onClick={closeMember}>
        ← {t('title')}
      </button>
      <div className="kd-member-identity">
        <Avatar url={member.avatar} name={member.username} size={64} />
        <div>
          <div className="kd-member-fullname">
            {member.username}
            <span className="kd-muted">#{member.identify_num}</span>
            {member.bot && <span className="kd-badge">{t('bot')}</span>}
          </div>
          <button type="button" className="kd-link-button" aria-label={t('copyId')} onClick={() => void copyText(member.id)}>
            {member.id}
          </button>
        </div>
      </div>
      <form
        className="kd-nickname"
        onSubmit={(e) => {
          e.preventDefault();
          void setNickname(member.id, nick.trim() === '' ? null : nick.trim());
        }}
      >
        <label>
          {t('nickname')}
          <input value={nick} placeholder={t('nicknamePlaceholder')} onChange={(e) => setNick(e.target.value)} maxLength={64} />
        </label>
        <button type="submit" className="kd-button" disabled={nick.trim() === (member.nickname ?? '') || nick.trim().length === 1}>
          {t('saveNickname')}
        </button>
      </form>
      <dl className="kd-times">
        <dt>{t('joined')}</dt>
        <dd title={fullTime(member.joined_at, locale)}>{shortTime(member.joined_at, locale)}</dd>
        <dt>{t('active')}</dt>
        <dd title={fullTime(member.active_time, locale)}>{shortTime(member.active_time, locale)}</dd>
      </dl>
      <h3>{t('roles')}</h3>
      {held.length === 0 && <p className="kd-muted kd-member-none">{t('noRoles')}</p>}
      <ul className="kd-chips" aria-label={t('roles')}>
        {held.map((r) => (
          <li key={r.role_id} className="kd-chip" style={{ borderColor: colorHex(r.color) }}>
            <span>{r.name}</span>
            <button type="button" aria-label={t('removeRole', { name: r.name })} onClick={() => void revokeRole(member.id, r.role_id)}>
              ×
            </button>
          </li>
        ))}
        {guildId && (
          <li>
            <button
              type="button"
              className="kd-chip kd-chip-add"
              onClick={() => openDialog({ kind: 'member', action: 'grantRole', guildId, target: memberTarget(member) })}
            >
              + {t('addRole')}
            </button>
          </li>
        )}
      </ul>
      <MemberActions member={member} />
      <ErrorNotice error={error} />
    </aside>
  );
}
