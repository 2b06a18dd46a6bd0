// Guild menu → Mutes: who is server-muted (mic) or deafened (headset) in voice
// (moderation.listVoiceMutes), each with its undo.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoiceMuteView } from '../../../shared/ipc';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAppStore } from '../../store';
import { toUiError, type UiError } from '../../store/uiError';

export function MutesView({ guildId }: { guildId: string }) {
  const { t } = useTranslation('moderation');
  const api = useAppStore((s) => s.moderationApi);
  const openDialog = useAppStore((s) => s.openModerationDialog);
  const dialogOpen = useAppStore((s) => s.moderationDialog !== null);
  const members = useAppStore((s) => s.memberItems);
  const [mutes, setMutes] = useState<VoiceMuteView | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  useEffect(() => {
    if (dialogOpen) return;
    let live = true;
    api.listVoiceMutes({ guildId }).then(
      (m) => live && setMutes(m),
      (e: unknown) => live && setError(toUiError(e)),
    );
    return () => {
      live = false;
    };
  }, [api, guildId, dialogOpen]);

  const target = (id: string) => {
    const m = members.find((x) => x.id === id);
    return { id, username: m?.username ?? id, identifyNum: m?.identify_num ?? '', avatar: m?.avatar ?? '', nickname: m?.nickname ?? '' };
  };

  const group = (kind: 'mic' | 'headset', ids: string[]) => (
    <>
      <h3>{t(kind === 'mic' ? 'mutes.mic' : 'mutes.headset')}</h3>
      {ids.length === 0 && <p className="kd-muted">{t('mutes.none')}</p>}
      <ul className="kd-mod-list" aria-label={t(kind === 'mic' ? 'mutes.mic' : 'mutes.headset')}>
        {ids.map((id) => (
          <li key={id} className="kd-mod-list-row">
            <span className="kd-mod-grow">{target(id).username}</span>
            <button
              type="button"
              className="kd-button"
              aria-label={t(kind === 'mic' ? 'mutes.unmuteUser' : 'mutes.undeafenUser', { name: target(id).username })}
              onClick={() => openDialog({ kind: 'member', action: kind === 'mic' ? 'voiceUnmute' : 'voiceUndeafen', guildId, target: target(id) })}
            >
              {t(kind === 'mic' ? 'mutes.unmute' : 'mutes.undeafen')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );

  return (
    <section className="kd-mod-view" aria-label={t('mutes.title')}>
      <h2>{t('mutes.title')}</h2>
      <ErrorNotice error={error} />
      {mutes && group('mic', mutes.mic)}
      {mutes && group('headset', mutes.headset)}
    </section>
  );
}
