// What each moderation item of the message menu opens (issue 5): the composer quoting the
// message, deletion with a case, ban/kick/mute of the author, or a purge up to this message.
import type { MessageView } from '../../../shared/ipc';
import { authorTarget, type ChannelTarget, type DialogRequest } from '../../store/moderation/requests';
import type { MessageModeration } from '../messages/rowActions';

export function messageModerationRequest(guildId: string, channel: ChannelTarget, message: MessageView, action: MessageModeration): DialogRequest {
  const target = authorTarget(message);
  switch (action) {
    case 'replyQuote':
      return { kind: 'composer', guildId, channel, quote: message };
    case 'deleteWithCase':
      return { kind: 'message', action: 'deleteMessage', guildId, message };
    case 'banAuthor':
      return { kind: 'member', action: 'ban', guildId, target };
    case 'kickAuthor':
      return { kind: 'member', action: 'kick', guildId, target };
    case 'muteAuthor':
      return { kind: 'member', action: 'textMute', guildId, target };
    case 'purgeUpToHere':
      return { kind: 'purge', guildId, channel, untilMsgId: message.id };
  }
}
