import { describe, expect, it } from 'vitest';
import type { MessageView } from '../../../../shared/ipc';
import { messageModerationRequest } from '../../../../renderer/features/moderation/messageModeration';
import { customDuration } from '../../../../renderer/features/moderation/durations';
import { initialPurgeForm, toPurgeFilters } from '../../../../renderer/features/moderation/purgeForm';
import { rangeBetween } from '../../../../renderer/store/moderation/selection';

const message = {
  id: 'cccccccc-0000-0000-0000-000000000003',
  channel_id: '2002',
  type: 1,
  content: 'spam',
  author: { id: '7', username: 'alice', identify_num: '0001', avatar: '', nickname: 'Al', online: true, bot: false, status: 0 },
} as unknown as MessageView;
const channel = { id: '2002', name: 'general', slowModeMs: 0 };

describe('message menu moderation', () => {
  it('bans, kicks and mutes the author, purges up to the message, and reply-quotes it in the composer', () => {
    const target = { id: '7', username: 'alice', identifyNum: '0001', avatar: '', nickname: 'Al' };
    expect(messageModerationRequest('1001', channel, message, 'banAuthor')).toEqual({ kind: 'member', action: 'ban', guildId: '1001', target });
    expect(messageModerationRequest('1001', channel, message, 'muteAuthor')).toMatchObject({ action: 'textMute', target });
    expect(messageModerationRequest('1001', channel, message, 'purgeUpToHere')).toEqual({ kind: 'purge', guildId: '1001', channel, untilMsgId: message.id });
    expect(messageModerationRequest('1001', channel, message, 'replyQuote')).toEqual({ kind: 'composer', guildId: '1001', channel, quote: message });
    expect(messageModerationRequest('1001', channel, message, 'deleteWithCase')).toEqual({ kind: 'message', action: 'deleteMessage', guildId: '1001', message });
  });
});

describe('form rules', () => {
  it('accepts custom durations only between one minute and one year', () => {
    expect(customDuration(30, 'minutes')).toBe(1_800_000);
    expect(customDuration(0.5, 'minutes')).toBeNull();
    expect(customDuration(366, 'days')).toBeNull();
    expect(customDuration(Number.NaN, 'hours')).toBeNull();
  });

  it('turns the purge form into contract filters and names what is wrong', () => {
    const form = { ...initialPurgeForm(), authors: '7 8,7', text: ' free ', limit: '50' };
    expect(toPurgeFilters('2002', form)).toEqual({ filters: { channelId: '2002', limit: 50, authorIds: ['7', '8'], text: 'free' } });
    expect(toPurgeFilters('2002', { ...form, authors: 'alice' })).toEqual({ problem: 'badAuthor' });
    expect(toPurgeFilters('2002', { ...form, limit: '0' })).toEqual({ problem: 'badLimit' });
    expect(toPurgeFilters('2002', { ...form, after: '2024-01-02T00:00', before: '2024-01-01T00:00' })).toEqual({ problem: 'badRange' });
  });

  it('selects a shift-click range in list order, either direction', () => {
    expect(rangeBetween(['a', 'b', 'c', 'd'], 'c', 'a')).toEqual(['a', 'b', 'c']);
    expect(rangeBetween(['a', 'b'], null, 'b')).toEqual(['b']);
  });
});
