// The app shell: a neutral loading state until main reports the session, the start screen without
// one, otherwise the workspace (guild rail,
// channel tree, center view, member panel, status bar). Applies language and theme at the edge.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './components/ErrorNotice';
import { ChannelHeader } from './features/channels/ChannelHeader';
import { ChannelTree } from './features/channels/ChannelTree';
import { GuildRail } from './features/guilds/GuildRail';
import { InspectorView } from './features/inspector/InspectorView';
import { MembersPanel } from './features/members/MembersPanel';
import { MessageContentProvider } from './features/messages/MessageContentProvider';
import { MessagePane } from './features/messages/MessagePane';
import { JobsTray } from './features/moderation/JobsTray';
import { ModerationHost } from './features/moderation/ModerationHost';
import { ModerationViewHost } from './features/moderation/ModerationViewHost';
import { RoleEditor } from './features/roles/RoleEditor';
import { ObserverOffer } from './features/session/ObserverOffer';
import { StartScreen } from './features/session/StartScreen';
import { SettingsView } from './features/settings/SettingsView';
import { Banners } from './features/status/Banners';
import { StatusBar } from './features/status/StatusBar';
import { useAppStore } from './store';
import { selectedChannel } from './store/channels/selectors';
import { hasWorkspace } from './store/session/selectors';

export function App() {
  const { t, i18n } = useTranslation('workspace');
  const language = useAppStore((s) => s.language);
  const theme = useAppStore((s) => s.theme);
  const workspace = useAppStore(hasWorkspace);
  // Until main's first session.state (or its failure) the app cannot know whether a session is
  // open: a neutral loading state, not a start screen that flashes on every page load.
  const sessionKnown = useAppStore((s) => s.session !== null || s.sessionError !== null);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="kd-app">
      <Banners />
      {workspace ? (
        <MessageContentProvider>
          <Workspace />
        </MessageContentProvider>
      ) : sessionKnown ? (
        <StartScreen />
      ) : (
        <main className="kd-booting" aria-busy="true">
          <p className="kd-muted" role="status">
            {t('starting')}
          </p>
        </main>
      )}
      <StatusBar />
    </div>
  );
}

function Workspace() {
  const { t } = useTranslation('workspace');
  const view = useAppStore((s) => s.view);
  const guildId = useAppStore((s) => s.selectedGuildId);
  const channel = useAppStore(selectedChannel);
  const membersOpen = useAppStore((s) => s.membersOpen);
  const guildsLoaded = useAppStore((s) => s.guildsLoaded);
  const noGuilds = useAppStore((s) => s.guildsLoaded && s.guilds.length === 0);
  const error = useAppStore((s) => s.guildsError);
  const setView = useAppStore((s) => s.setView);
  const modView = useAppStore((s) => s.moderationView);
  const inspectorOpen = useAppStore((s) => s.inspectorOpen);

  return (
    <div className="kd-workspace">
      <GuildRail />
      <ChannelTree />
      {inspectorOpen && (
        <main className="kd-center">
          <InspectorView />
        </main>
      )}
      {/* Kept mounted under the inspector so the channel is exactly as left (UI.md "one click away"). */}
      <main className="kd-center" style={inspectorOpen ? { display: 'none' } : undefined}>
        <ObserverOffer />
        <ErrorNotice error={error} />
        {noGuilds && <p className="kd-muted kd-pad">{t('noGuilds')}</p>}
        {!guildsLoaded && <p className="kd-muted kd-pad">{t('loadingGuild')}</p>}
        {view !== 'channel' && (
          <button type="button" className="kd-link-button kd-breadcrumb" onClick={() => setView('channel')}>
            ← {t('backToChannel')}
          </button>
        )}
        {view === 'roles' && <RoleEditor />}
        {view === 'settings' && <SettingsView />}
        {view === 'channel' && !modView && channel && guildId && (
          <>
            <ChannelHeader channel={channel} />
            <MessagePane guildId={guildId} channelId={channel.id} />
          </>
        )}
        {view === 'channel' && modView && guildId && <ModerationViewHost guildId={guildId} />}
        {view === 'channel' && !modView && guildsLoaded && !noGuilds && !channel && <p className="kd-muted kd-pad">{t('noChannel')}</p>}
      </main>
      {membersOpen && view === 'channel' && !modView && !inspectorOpen && guildId && <MembersPanel />}
      <ModerationHost />
      <JobsTray />
    </div>
  );
}
