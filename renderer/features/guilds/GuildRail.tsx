// The guild rail: one icon per guild, the current one highlighted, a dot on servers where live
// messages arrived since they were last open (UI.md "Guild rail").
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../components/Avatar';
import { useAppStore } from '../../store';

export function GuildRail() {
  const { t } = useTranslation('workspace');
  const guilds = useAppStore((s) => s.guilds);
  const selected = useAppStore((s) => s.selectedGuildId);
  const selectGuild = useAppStore((s) => s.selectGuild);
  const activity = useAppStore((s) => s.guildActivity);
  return (
    <nav className="kd-rail" aria-label={t('guilds')}>
      {guilds.map((g) => (
        <button
          key={g.id}
          type="button"
          className={`kd-rail-item${g.id === selected ? ' kd-selected' : ''}`}
          aria-label={t('guildIcon', { name: g.name })}
          aria-current={g.id === selected ? 'true' : undefined}
          title={g.name}
          onClick={() => void selectGuild(g.id)}
        >
          <Avatar url={g.icon || undefined} name={g.name} size={44} />
          {activity[g.id] && <span className="kd-rail-activity" role="status" aria-label={t('guildActivity', { name: g.name })} />}
        </button>
      ))}
    </nav>
  );
}
