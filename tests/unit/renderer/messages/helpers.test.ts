import { describe, expect, it, vi } from 'vitest';
import { authorColor, authorName, continuesGroup, rolesById } from '../../../../renderer/features/messages/authors';
import { appContentServices, openExternalUrl } from '../../../../renderer/features/messages/contentServices';
import { messageExcerpt } from '../../../../renderer/features/messages/excerpt';
import { reactionGlyph } from '../../../../renderer/features/messages/Reactions';
import { createAppStore } from '../../../../renderer/store';
import { fakeApi } from '../store/support/fakeApi';
import { ROLES, detail, member } from '../store/support/fixtures';
import { message } from './support';

describe('message rows', () => {
  it('names the author by nickname, else username, in the color of their most senior colored role', () => {
    const roles = rolesById(ROLES);
    expect(authorName({ nickname: 'Ally', username: 'alice' })).toBe('Ally');
    expect(authorName({ nickname: '', username: 'alice' })).toBe('alice');
    expect(authorColor({ roles: [12, 11] }, roles)).toBe('#e74c3c');
    expect(authorColor({ roles: [13] }, roles)).toBeUndefined();
    expect(authorColor({}, roles)).toBeUndefined();
  });

  it('groups messages of one author within five minutes, but not replies', () => {
    const first = message(3);
    const soon = message(6, { author: first.author, create_at: first.create_at + 4 * 60_000 });
    const late = message(9, { author: first.author, create_at: first.create_at + 6 * 60_000 });
    expect(continuesGroup(first, soon)).toBe(true);
    expect(continuesGroup(first, late)).toBe(false);
    expect(continuesGroup(first, message(4, { create_at: first.create_at + 1000 }))).toBe(false);
    expect(continuesGroup(first, { ...soon, quote: { id: first.id, type: 9, content: 'x', create_at: first.create_at, author: first.author } })).toBe(false);
    expect(continuesGroup(undefined, soon)).toBe(false);
  });

  it('shows KOOK’s code-point emoji ids as emoji', () => {
    expect(reactionGlyph({ id: '[#128077;]', name: '[#128077;]' })).toBe('👍');
    expect(reactionGlyph({ id: '1234/abcd', name: 'partyblob' })).toBe('partyblob');
    expect(reactionGlyph({ id: '[#99999999;]', name: 'x' })).toBe('x');
  });

  it('excerpts KMarkdown as plain text on one line and never shows card JSON', () => {
    expect(messageExcerpt({ type: 9, content: '**bold**\n\n> quoted' }).text).toBe('bold quoted');
    expect(messageExcerpt({ type: 10, content: '[{"type":"card"}]' }).kind).toBe('card');
    expect(messageExcerpt({ type: 1, content: 'x'.repeat(500) }, 10).text).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('content services', () => {
  it('opens only http(s) links, in a new tab without opener', () => {
    const open = vi.fn();
    expect(openExternalUrl('javascript:alert(1)', open)).toBe(false);
    expect(openExternalUrl('data:text/html,hi', open)).toBe(false);
    expect(openExternalUrl('https://kookapp.cn/x', open)).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://kookapp.cn/x', '_blank', 'noopener,noreferrer');
  });

  it('names users, roles and channels from the store', () => {
    const store = createAppStore(fakeApi());
    store.setState({ guildDetail: detail(), memberItems: [member('7', 'alice', { nickname: 'Ally' })] });
    const services = appContentServices(store);
    expect(services.resolveUser?.('7')).toEqual({ name: 'Ally' });
    expect(services.resolveUser?.('8')).toBeUndefined();
    expect(services.resolveRole?.('11')).toEqual({ name: 'Admin', color: '#e74c3c' });
    expect(services.resolveChannel?.('2002')).toEqual({ name: 'general' });
    expect(services.imageSrc?.('javascript:x')).toBeNull();
  });
});
