// Names the target of an action (UI.md: a dialog names its target): avatar + name#tag for a
// member, "# name" for a channel, the guild, the message author with an excerpt, or a count.
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../components/Avatar';
import type { DialogRequest } from '../../store/moderation/requests';
import { authorName } from '../messages/authors';
import { messageExcerpt } from '../messages/excerpt';

export function TargetLine({ request }: { request: DialogRequest }) {
  const { t } = useTranslation('moderation');
  switch (request.kind) {
    case 'member': {
      const m = request.target;
      return (
        <p className="kd-mod-target" data-testid="moderation-target">
          <Avatar url={m.avatar} name={m.username} size={32} />
          <span>
            {m.username}
            <span className="kd-muted">#{m.identifyNum}</span>
            {m.nickname ? <span className="kd-muted"> ({m.nickname})</span> : null}
          </span>
        </p>
      );
    }
    case 'mass':
      return <p className="kd-mod-target" data-testid="moderation-target">{t('selectedMembers', { count: request.userIds.length })}</p>;
    case 'channel':
    case 'purge':
    case 'composer':
      return <p className="kd-mod-target" data-testid="moderation-target"># {request.channel.name}</p>;
    case 'guild':
      return <p className="kd-mod-target" data-testid="moderation-target">{request.guildName}</p>;
    case 'message': {
      const excerpt = messageExcerpt(request.message, 80);
      const text = excerpt.kind === 'text' ? excerpt.text : t('nonTextMessage');
      return (
        <p className="kd-mod-target" data-testid="moderation-target">
          <Avatar url={request.message.author.avatar} name={authorName(request.message.author)} size={32} />
          <span>
            {authorName(request.message.author)}: <q>{text}</q>
          </span>
        </p>
      );
    }
  }
}
