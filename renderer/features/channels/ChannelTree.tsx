// The channel tree: collapsible categories, text and voice channels, unread dots for channels
// that received live messages (UI.md "Channel tree").
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelView } from '../../../shared/ipc';
import { useAppStore } from '../../store';
import { buildChannelTree, isTextChannel } from '../../store/channels/tree';
import { GuildMenu } from '../guilds/GuildMenu';
import { SpeakerIcon } from '../../components/icons';

const NO_CHANNELS: ChannelView[] = [];

export function ChannelTree() {
  const { t } = useTranslation('workspace');
  const channels = useAppStore((s) => s.guildDetail?.channels ?? NO_CHANNELS);
  const collapsed = useAppStore((s) => s.collapsed);
  const toggleCategory = useAppStore((s) => s.toggleCategory);
  const groups = useMemo(() => buildChannelTree(channels), [channels]);

  return (
    <aside className="kd-sidebar">
      <GuildMenu />
      <nav className="kd-channels" aria-label={t('channels')}>
        {groups.map((g) => {
          const id = g.category?.id ?? '';
          const isCollapsed = g.category !== null && collapsed[id] === true;
          return (
            <section key={id || 'loose'} aria-label={g.category ? t('category', { name: g.category.name }) : undefined}>
              {g.category && (
                <button
                  type="button"
                  className="kd-category"
                  aria-expanded={!isCollapsed}
                  aria-label={t(isCollapsed ? 'expandCategory' : 'collapseCategory', { name: g.category.name })}
                  onClick={() => toggleCategory(id)}
                >
                  <span aria-hidden="true">{isCollapsed ? '▸' : '▾'}</span> {g.category.name}
                </button>
              )}
              {!isCollapsed && (
                <ul>
                  {g.channels.map((c) => (
                    <ChannelItem key={c.id} channel={c} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </nav>
    </aside>
  );
}

function ChannelItem({ channel }: { channel: ChannelView }) {
  const { t } = useTranslation('workspace');
  const selected = useAppStore((s) => s.selectedChannelId === channel.id && s.view === 'channel');
  const unread = useAppStore((s) => s.unread[channel.id] ?? 0);
  const selectChannel = useAppStore((s) => s.selectChannel);
  const text = isTextChannel(channel);
  return (
    <li>
      <button
        type="button"
        className={`kd-channel${selected ? ' kd-selected' : ''}${unread > 0 ? ' kd-unread' : ''}`}
        aria-label={t(text ? 'textChannel' : 'voiceChannel', { name: channel.name })}
        aria-current={selected ? 'page' : undefined}
        title={channel.topic || channel.name}
        disabled={!text}
        onClick={() => selectChannel(channel.id)}
      >
        <span className="kd-channel-icon" aria-hidden="true">
          {text ? '#' : <SpeakerIcon />}
        </span>
        <span className="kd-channel-name">{channel.name}</span>
        {unread > 0 && <span className="kd-unread-dot" role="status" aria-label={t('unread', { count: unread })} />}
      </button>
    </li>
  );
}
