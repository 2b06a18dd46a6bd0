import { describe, expect, it } from 'vitest';
import { actorWords, targetWords } from '../../../../renderer/features/cases/caseText';
import { eventTypeLabel } from '../../../../renderer/features/inspector/FrameList';
import { voiceActionApplies } from '../../../../renderer/features/moderation/MemberActions';
import { hierarchyReason } from '../../../../renderer/features/moderation/hierarchyError';
import { createI18n } from '../../../../renderer/i18n';

const names = {
  member: (id: string | null) => (id === '7' ? 'alice' : null),
  channel: (id: string | null) => (id === '9' ? 'general' : null),
};

describe('words instead of bare ids and numbers', () => {
  it('names a chat event type with its number, in both languages, and keeps system event names', async () => {
    const en = await createI18n('en');
    const zh = await createI18n('zh-CN');
    expect(eventTypeLabel(en.getFixedT('en', 'inspector'), { eventType: '9', signal: 0 })).toBe('KMarkdown (9)');
    expect(eventTypeLabel(en.getFixedT('en', 'inspector'), { eventType: '10', signal: 0 })).toBe('card (10)');
    expect(eventTypeLabel(zh.getFixedT('zh-CN', 'inspector'), { eventType: '1', signal: 0 })).toBe('文本（1）');
    expect(eventTypeLabel(en.getFixedT('en', 'inspector'), { eventType: '77', signal: 0 })).toBe('77');
    expect(eventTypeLabel(en.getFixedT('en', 'inspector'), { eventType: 'added_reaction', signal: 0 })).toBe('added_reaction');
  });

  it('says who acted on an external case, and that KOOK does not say who for a leave or kick', async () => {
    const t = (await createI18n('en')).t;
    expect(actorWords({ action: 'external.leaveOrKick', actor: 'unknown' }, names, t).text).toBe('left or was kicked (KOOK does not say who)');
    expect(actorWords({ action: 'external.ban', actor: 'unknown' }, names, t).text).toBe('Another moderator');
    expect(actorWords({ action: 'external.ban', actor: '8' }, names, t)).toEqual({ text: 'Another moderator', title: 'Another moderator (user id 8)' });
    expect(actorWords({ action: 'external.ban', actor: '7' }, names, t).text).toBe('alice');
    expect(actorWords({ action: 'member.kick', actor: 'Demo server' }, names, t).text).toBe('Demo server');
  });

  it('shows a target by name with the id on hover', async () => {
    const t = (await createI18n('en')).t;
    expect(targetWords({ targetId: '7', targetName: null }, names, t)).toEqual({ text: 'alice', title: 'alice — id 7' });
    expect(targetWords({ targetId: '9', targetName: null }, names, t).text).toBe('#general');
    expect(targetWords({ targetId: '5', targetName: null }, names, t).text).toBe('5');
  });
});

describe('moderation polish', () => {
  it('explains a hierarchy refusal as such, not as a missing permission', () => {
    const refused = { code: 'missing-permission' as const, message: 'setNickname refused before sending: role hierarchy: target-ranks-higher' };
    expect(hierarchyReason(refused, {})).toBe('target-ranks-higher');
    expect(hierarchyReason({ code: 'missing-permission', message: 'KOOK 40300' }, { targetId: '1', ownerId: '1' })).toBe('target-is-owner');
    expect(hierarchyReason({ code: 'missing-permission', message: 'the bot lacks ban' }, { targetId: '1', ownerId: '2' })).toBeNull();
    expect(hierarchyReason({ code: 'internal', message: 'role hierarchy: target-is-owner' }, {})).toBeNull();
  });

  it('shows only the voice action that applies when the voice state is known', () => {
    const state = { mic: ['7'], headset: [] };
    expect(voiceActionApplies('voiceMute', '7', state)).toBe(false);
    expect(voiceActionApplies('voiceUnmute', '7', state)).toBe(true);
    expect(voiceActionApplies('voiceDeafen', '7', state)).toBe(true);
    expect(voiceActionApplies('voiceUndeafen', '7', state)).toBe(false);
    expect(voiceActionApplies('voiceUnmute', '7', null)).toBe(true);
  });
});
