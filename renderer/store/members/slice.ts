// Members: one flat list paged from the server (`guild/user-list` cannot group by online state,
// UI.md "Member panel"), with debounced search, role filter and sort; plus the open member's detail.
import type { Api, MemberPage, MemberView, PushEventMap } from '../../../shared/ipc';
import { askForFrame } from '../paintFirst';
import type { SliceCreator } from '../types';
import { toUiError, type UiError } from '../uiError';
import { appendPage, applyPresence, patchMember, removeMember } from './reducers';

export type MemberSort = 'joined-desc' | 'joined-asc' | 'active-desc' | 'active-asc';

export const MEMBER_PAGE_SIZE = 50;
export const SEARCH_DEBOUNCE_MS = 300;

export interface MembersSlice {
  memberItems: MemberView[];
  memberPage: number;
  memberPageTotal: number;
  memberTotal: number;
  memberOnline: number;
  memberSearch: string;
  memberRoleFilter: number | null;
  memberSort: MemberSort;
  membersLoading: boolean;
  membersError: UiError | null;
  memberDetail: MemberView | null;
  memberDetailError: UiError | null;
  setMemberSearch(text: string): void;
  setMemberRoleFilter(roleId: number | null): void;
  setMemberSort(sort: MemberSort): void;
  reloadMembers(): Promise<void>;
  loadMoreMembers(): Promise<void>;
  openMember(userId: string): Promise<void>;
  closeMember(): void;
  grantRole(userId: string, roleId: number): Promise<boolean>;
  revokeRole(userId: string, roleId: number): Promise<boolean>;
  setNickname(userId: string, nickname: string | null): Promise<boolean>;
  applyMemberJoined(event: PushEventMap['member.joined']): void;
  applyMemberLeft(event: PushEventMap['member.left']): void;
  applyMemberUpdated(event: PushEventMap['member.updated']): void;
  applyPresence(event: PushEventMap['member.presence']): void;
}

export const createMembersSlice =
  (api: Api): SliceCreator<MembersSlice> =>
  (set, get) => {
    let generation = 0;
    let debounce: ReturnType<typeof setTimeout> | null = null;

    async function fetchPage(page: number): Promise<MemberPage | null> {
      const guildId = get().selectedGuildId;
      if (!guildId) return null;
      const { memberSearch, memberRoleFilter, memberSort } = get();
      const search = memberSearch.trim();
      return api.members.list({
        guildId,
        page,
        pageSize: MEMBER_PAGE_SIZE,
        sort: memberSort,
        ...(search ? { search } : {}),
        ...(memberRoleFilter !== null ? { roleId: memberRoleFilter } : {}),
      });
    }

    /** Updates one member in the list and in the open detail. */
    function patch(userId: string, change: (m: MemberView) => MemberView): void {
      const detail = get().memberDetail;
      set({
        memberItems: patchMember(get().memberItems, userId, change),
        ...(detail?.id === userId ? { memberDetail: change(detail) } : {}),
      });
    }

    async function roleCall(userId: string, call: () => Promise<number[]>): Promise<boolean> {
      try {
        const roles = await call();
        patch(userId, (m) => ({ ...m, roles }));
        return true;
      } catch (error) {
        set({ memberDetailError: toUiError(error) });
        return false;
      }
    }

    return {
      memberItems: [],
      memberPage: 0,
      memberPageTotal: 0,
      memberTotal: 0,
      memberOnline: 0,
      memberSearch: '',
      memberRoleFilter: null,
      memberSort: 'joined-desc',
      membersLoading: false,
      membersError: null,
      memberDetail: null,
      memberDetailError: null,
      setMemberSearch(text) {
        set({ memberSearch: text });
        if (debounce) clearTimeout(debounce);
        // Server-side search per keystroke would flood guild/user-list; wait for a pause.
        debounce = setTimeout(() => {
          debounce = null;
          // The UI benchmark measures from here to rendered results (issue 4 member_search_ratio).
          performance.mark('kd:members-search-start');
          void get().reloadMembers();
        }, SEARCH_DEBOUNCE_MS);
      },
      setMemberRoleFilter(roleId) {
        set({ memberRoleFilter: roleId });
        void get().reloadMembers();
      },
      setMemberSort(sort) {
        set({ memberSort: sort });
        void get().reloadMembers();
      },
      async reloadMembers() {
        const mine = ++generation;
        set({ membersLoading: true, membersError: null });
        try {
          const page = await fetchPage(1);
          if (mine !== generation) return;
          if (!page) return set({ membersLoading: false, memberItems: [], memberPage: 0, memberPageTotal: 0 });
          askForFrame();
          set({
            memberItems: page.items,
            memberPage: page.page,
            memberPageTotal: page.pageTotal,
            memberTotal: page.userCount || page.total,
            memberOnline: page.onlineCount,
            membersLoading: false,
          });
        } catch (error) {
          if (mine === generation) set({ membersLoading: false, membersError: toUiError(error) });
        }
      },
      async loadMoreMembers() {
        const { membersLoading, memberPage, memberPageTotal } = get();
        if (membersLoading || memberPage >= memberPageTotal) return;
        const mine = generation;
        set({ membersLoading: true });
        try {
          const page = await fetchPage(memberPage + 1);
          if (mine !== generation || !page) return;
          set({
            memberItems: appendPage(get().memberItems, page.items),
            memberPage: page.page,
            memberPageTotal: page.pageTotal,
            membersLoading: false,
          });
        } catch (error) {
          if (mine === generation) set({ membersLoading: false, membersError: toUiError(error) });
        }
      },
      async openMember(userId) {
        const guildId = get().selectedGuildId;
        if (!guildId) return;
        const cached = get().memberItems.find((m) => m.id === userId) ?? null;
        set({ memberDetail: cached, memberDetailError: null });
        try {
          const member = await api.members.view({ guildId, userId });
          if (get().memberDetail?.id === userId || get().memberDetail === null) set({ memberDetail: member });
        } catch (error) {
          set({ memberDetailError: toUiError(error) });
        }
      },
      closeMember: () => set({ memberDetail: null, memberDetailError: null }),
      grantRole(userId, roleId) {
        const guildId = get().selectedGuildId ?? '';
        return roleCall(userId, () => api.roles.grant({ guildId, userId, roleId }));
      },
      revokeRole(userId, roleId) {
        const guildId = get().selectedGuildId ?? '';
        return roleCall(userId, () => api.roles.revoke({ guildId, userId, roleId }));
      },
      async setNickname(userId, nickname) {
        const guildId = get().selectedGuildId;
        if (!guildId) return false;
        try {
          await api.members.setNickname({ guildId, userId, nickname });
          patch(userId, (m) => ({ ...m, nickname: nickname ?? '' }));
          return true;
        } catch (error) {
          set({ memberDetailError: toUiError(error) });
          return false;
        }
      },
      applyMemberJoined(event) {
        if (event.guildId !== get().selectedGuildId) return;
        set({ memberTotal: get().memberTotal + 1 });
      },
      applyMemberLeft(event) {
        if (event.guildId !== get().selectedGuildId) return;
        const left = get().memberItems.find((m) => m.id === event.userId);
        set({
          memberItems: removeMember(get().memberItems, event.userId),
          memberTotal: Math.max(0, get().memberTotal - 1),
          memberOnline: left?.online ? Math.max(0, get().memberOnline - 1) : get().memberOnline,
          ...(get().memberDetail?.id === event.userId ? { memberDetail: null } : {}),
        });
      },
      applyMemberUpdated(event) {
        if (event.guildId !== get().selectedGuildId) return;
        patch(event.userId, (m) => ({
          ...m,
          ...(event.member ?? {}),
          ...(event.nickname !== undefined ? { nickname: event.nickname } : {}),
        }));
      },
      applyPresence(event) {
        const guildId = get().selectedGuildId;
        if (!guildId || !event.guilds.includes(guildId)) return;
        const before = get().memberItems.find((m) => m.id === event.userId);
        const delta = before && before.online !== event.online ? (event.online ? 1 : -1) : 0;
        set({
          memberItems: applyPresence(get().memberItems, event.userId, event.online),
          memberOnline: Math.max(0, get().memberOnline + delta),
        });
        const detail = get().memberDetail;
        if (detail?.id === event.userId) set({ memberDetail: { ...detail, online: event.online } });
      },
    };
  };
