// The center column's header: channel name, topic and the jump box (a message id or link;
// Ctrl/⌘+J focuses it, UI.md "The window"). A link into another server the bot is in opens that
// server first.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelView } from '../../../shared/ipc';
import { useAppStore } from '../../store';
import { parseJumpTarget } from './parseJumpTarget';

export function ChannelHeader({ channel }: { channel: ChannelView }) {
  const { t } = useTranslation('workspace');
  const guildId = useAppStore((s) => s.selectedGuildId);
  const jumpToMessage = useAppStore((s) => s.jumpToMessage);
  const selectGuild = useAppStore((s) => s.selectGuild);
  const guilds = useAppStore((s) => s.guilds);
  const toggleMembers = useAppStore((s) => s.toggleMembers);
  const membersOpen = useAppStore((s) => s.membersOpen);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'j') {
        e.preventDefault();
        box.current?.focus();
        box.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    const target = parseJumpTarget(text);
    if (!target) return setProblem(t('jumpInvalid'));
    const otherGuild = target.guildId && target.guildId !== guildId ? target.guildId : null;
    if (otherGuild && !guilds.some((g) => g.id === otherGuild)) return setProblem(t('jumpOtherGuild'));
    setProblem(null);
    setText('');
    if (otherGuild) void selectGuild(otherGuild).then(() => jumpToMessage(target.channelId, target.msgId));
    else jumpToMessage(target.channelId, target.msgId);
  }

  return (
    <header className="kd-header">
      <h2 className="kd-header-name" title={channel.name}>
        <span aria-hidden="true">#</span> {channel.name}
      </h2>
      <span className="kd-header-topic kd-muted" title={channel.topic}>
        {channel.topic}
      </span>
      <form className="kd-jump" onSubmit={submit}>
        <input
          ref={box}
          aria-label={t('jumpLabel')}
          aria-keyshortcuts="Control+J Meta+J"
          placeholder={t('jumpPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={problem !== null}
          title={problem ?? undefined}
        />
        {problem && (
          <span className="kd-field-error" role="alert">
            {problem}
          </span>
        )}
      </form>
      <button type="button" className="kd-icon-button" aria-label={t('toggleMembers')} aria-pressed={membersOpen} onClick={toggleMembers}>
        👥
      </button>
    </header>
  );
}
