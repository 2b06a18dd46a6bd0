// Guild menu → Bans: the searchable ban list with unban, and "Ban by ID" for accounts that
// already left (issue 5). Both go through ModerationDialog, so each asks once with a reason.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BanView } from '../../../shared/ipc';
import { Avatar } from '../../components/Avatar';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fullTime, shortTime } from '../../components/time';
import { useAppStore } from '../../store';
import { toUiError, type UiError } from '../../store/uiError';

const SEARCH_DEBOUNCE_MS = 250;

export function BansView({ guildId }: { guildId: string }) {
  const { t, i18n } = useTranslation('moderation');
  const api = useAppStore((s) => s.moderationApi);
  const openDialog = useAppStore((s) => s.openModerationDialog);
  const dialogOpen = useAppStore((s) => s.moderationDialog !== null);
  const [search, setSearch] = useState('');
  const [bans, setBans] = useState<{ items: BanView[]; total: number } | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [banId, setBanId] = useState('');

  const load = useCallback(
    async (text: string) => {
      try {
        setBans(await api.listBans({ guildId, ...(text.trim() ? { search: text.trim() } : {}) }));
        setError(null);
      } catch (e) {
        setError(toUiError(e));
      }
    },
    [api, guildId],
  );

  useEffect(() => {
    // Refresh when a dialog closes (an unban or a ban just happened) and as the search settles.
    if (dialogOpen) return;
    const timer = setTimeout(() => void load(search), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [load, search, dialogOpen]);

  function banById(e: FormEvent) {
    e.preventDefault();
    const id = banId.trim();
    if (!/^\d{1,32}$/.test(id)) return;
    setBanId('');
    openDialog({ kind: 'member', action: 'ban', guildId, target: { id, username: id, identifyNum: '????', avatar: '' } });
  }

  return (
    <section className="kd-mod-view" aria-label={t('bans.title')}>
      <h2>{t('bans.title')}</h2>
      <form className="kd-mod-row" onSubmit={banById}>
        <input aria-label={t('bans.byId')} placeholder={t('bans.byIdPlaceholder')} value={banId} inputMode="numeric" onChange={(e) => setBanId(e.target.value)} />
        <button type="submit" className="kd-button kd-danger" disabled={!/^\d{1,32}$/.test(banId.trim())}>
          {t('bans.banById')}
        </button>
      </form>
      <input type="search" aria-label={t('bans.search')} placeholder={t('bans.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
      <ErrorNotice error={error} />
      {bans && <p className="kd-muted">{t('bans.total', { count: bans.total })}</p>}
      <ul className="kd-mod-list" aria-label={t('bans.list')}>
        {bans?.items.map((b) => (
          <li key={b.userId} className="kd-mod-list-row">
            <Avatar url={b.avatar} name={b.username} size={28} />
            <span className="kd-mod-grow" title={b.remark}>
              <strong>{b.username}</strong> <span className="kd-muted">{b.userId}</span>
              {b.remark && <span className="kd-muted"> — {b.remark}</span>}
            </span>
            <time title={fullTime(b.createdAt, i18n.language)}>{shortTime(b.createdAt, i18n.language)}</time>
            <button
              type="button"
              className="kd-button"
              aria-label={t('bans.unbanUser', { name: b.username })}
              onClick={() => openDialog({ kind: 'member', action: 'unban', guildId, target: { id: b.userId, username: b.username, identifyNum: '', avatar: b.avatar } })}
            >
              {t('bans.unban')}
            </button>
          </li>
        ))}
      </ul>
      {bans && bans.items.length === 0 && <p className="kd-muted">{t('bans.none')}</p>}
    </section>
  );
}
