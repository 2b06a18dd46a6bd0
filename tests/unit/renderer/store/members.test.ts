import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../../renderer/store';
import { SEARCH_DEBOUNCE_MS } from '../../../../renderer/store/members/slice';
import { highestRole } from '../../../../renderer/store/members/selectors';
import { fakeApi } from './support/fakeApi';
import { GUILD, ROLES, detail, member, page } from './support/fixtures';

function setup() {
  const list = vi.fn(async (_args: { page?: number; search?: string; roleId?: number; sort?: string }) => page([member('1', 'alice'), member('2', 'bob', { online: true })], { onlineCount: 1 }));
  const grant = vi.fn(async () => [11, 12]);
  const revoke = vi.fn(async () => [12]);
  const setNickname = vi.fn(async () => undefined);
  const view = vi.fn(async () => member('1', 'alice', { roles: [11] }));
  const store = createAppStore(fakeApi({ members: { list, view, setNickname }, roles: { grant, revoke } }));
  store.setState({ selectedGuildId: GUILD.id, guildDetail: detail() });
  return { store, list, grant, revoke, setNickname };
}

describe('members slice', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('searches once, 300 ms after the last keystroke', async () => {
    const { store, list } = setup();
    for (const text of ['a', 'al', 'ali']) {
      store.getState().setMemberSearch(text);
      await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 50);
    }
    expect(list).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(list).toHaveBeenCalledTimes(1);
    expect(list.mock.calls[0]?.[0]).toMatchObject({ guildId: GUILD.id, page: 1, search: 'ali' });
  });

  it('reloads at once with the role filter and sort', async () => {
    const { store, list } = setup();
    store.getState().setMemberRoleFilter(12);
    store.getState().setMemberSort('active-asc');
    await vi.runAllTimersAsync();
    expect(list.mock.calls.at(-1)?.[0]).toMatchObject({ roleId: 12, sort: 'active-asc' });
  });

  it('keeps counts and pages and ignores an answer overtaken by a newer query', async () => {
    const { store, list } = setup();
    let release: () => void = () => undefined;
    list.mockImplementationOnce(() => new Promise((r) => (release = () => r(page([member('9', 'stale')])))));
    const first = store.getState().reloadMembers();
    await store.getState().reloadMembers();
    release();
    await first;
    expect(store.getState().memberItems.map((m) => m.username)).toEqual(['alice', 'bob']);
    expect(store.getState().memberOnline).toBe(1);
    expect(store.getState().memberTotal).toBe(2);
  });

  it('appends the next page without duplicates', async () => {
    const { store, list } = setup();
    list.mockResolvedValueOnce(page([member('1', 'alice')], { pageTotal: 2 }));
    list.mockResolvedValueOnce(page([member('1', 'alice'), member('3', 'carol')], { page: 2, pageTotal: 2 }));
    await store.getState().reloadMembers();
    await store.getState().loadMoreMembers();
    expect(store.getState().memberItems.map((m) => m.id)).toEqual(['1', '3']);
    await store.getState().loadMoreMembers();
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('grants and revokes roles on the open member and the list row', async () => {
    const { store, grant, revoke } = setup();
    await store.getState().reloadMembers();
    await store.getState().openMember('1');
    await store.getState().grantRole('1', 12);
    expect(grant).toHaveBeenCalledWith({ guildId: GUILD.id, userId: '1', roleId: 12 });
    expect(store.getState().memberDetail?.roles).toEqual([11, 12]);
    expect(store.getState().memberItems[0]?.roles).toEqual([11, 12]);
    await store.getState().revokeRole('1', 11);
    expect(revoke).toHaveBeenCalledWith({ guildId: GUILD.id, userId: '1', roleId: 11 });
    expect(store.getState().memberDetail?.roles).toEqual([12]);
  });

  it('sets and resets a nickname', async () => {
    const { store, setNickname } = setup();
    await store.getState().openMember('1');
    await store.getState().setNickname('1', 'Ally');
    expect(store.getState().memberDetail?.nickname).toBe('Ally');
    await store.getState().setNickname('1', null);
    expect(setNickname).toHaveBeenLastCalledWith({ guildId: GUILD.id, userId: '1', nickname: null });
    expect(store.getState().memberDetail?.nickname).toBe('');
  });

  it('applies presence, updates and departures from pushes', async () => {
    const { store } = setup();
    await store.getState().reloadMembers();
    store.getState().applyPresence({ userId: '1', online: true, guilds: [GUILD.id] });
    expect(store.getState().memberOnline).toBe(2);
    store.getState().applyMemberUpdated({ guildId: GUILD.id, userId: '2', nickname: 'Bobby' });
    expect(store.getState().memberItems[1]?.nickname).toBe('Bobby');
    store.getState().applyMemberLeft({ guildId: GUILD.id, userId: '2', at: 0 });
    expect(store.getState().memberItems.map((m) => m.id)).toEqual(['1']);
    expect(store.getState().memberTotal).toBe(1);
    expect(store.getState().memberOnline).toBe(1);
    store.getState().applyMemberJoined({ guildId: GUILD.id, userId: '5', joinedAt: 0 });
    expect(store.getState().memberTotal).toBe(2);
  });

  it('colors a member by their most senior role', () => {
    expect(highestRole(member('1', 'a', { roles: [13, 12] }), ROLES)?.name).toBe('Mods');
    expect(highestRole(member('1', 'a'), ROLES)).toBeNull();
  });
});
