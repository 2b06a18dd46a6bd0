// Session: who we are connected as, how, and the saved bot profiles. The pasted token passes
// through `connect` once and is never kept here (issue 4 "Security").
import type { Api, ProfileView, SessionState } from '../../../shared/ipc';
import type { SliceCreator } from '../types';
import { toUiError, type UiError } from '../uiError';

export interface ConnectRequest {
  name: string;
  token: string;
  baseUrl?: string | null;
}

export interface SessionSlice {
  session: SessionState | null;
  profiles: ProfileView[];
  sessionBusy: boolean;
  sessionError: UiError | null;
  loadSession(): Promise<void>;
  loadProfiles(): Promise<void>;
  connect(request: ConnectRequest): Promise<boolean>;
  connectProfile(profileId: string): Promise<boolean>;
  openDemo(): Promise<boolean>;
  useObserverMode(observer: boolean): Promise<void>;
  disconnect(): Promise<void>;
  removeProfile(profileId: string): Promise<void>;
  applySessionState(state: SessionState): void;
  clearSessionError(): void;
}

export const createSessionSlice =
  (api: Api): SliceCreator<SessionSlice> =>
  (set, get) => {
    /** Runs one session-changing call; on success the workspace loads the bot's guilds. */
    async function run(call: () => Promise<SessionState>): Promise<boolean> {
      set({ sessionBusy: true, sessionError: null });
      try {
        const state = await call();
        set({ sessionBusy: false });
        get().applySessionState(state);
        void get().loadProfiles();
        return true;
      } catch (error) {
        set({ sessionBusy: false, sessionError: toUiError(error) });
        return false;
      }
    }

    return {
      session: null,
      profiles: [],
      sessionBusy: false,
      sessionError: null,
      async loadSession() {
        try {
          get().applySessionState(await api.session.state({}));
        } catch (error) {
          set({ sessionError: toUiError(error) });
        }
      },
      async loadProfiles() {
        try {
          set({ profiles: await api.session.listProfiles({}) });
        } catch (error) {
          set({ sessionError: toUiError(error) });
        }
      },
      connect: ({ name, token, baseUrl }) =>
        run(() => api.session.connect({ name, token, ...(baseUrl ? { baseUrl } : {}) })),
      connectProfile: (profileId) => run(() => api.session.connectProfile({ profileId })),
      openDemo: () => run(() => api.session.openDemo({})),
      async useObserverMode(observer) {
        await run(() => api.session.useObserverMode({ observer }));
      },
      async disconnect() {
        await run(() => api.session.disconnect({}));
      },
      async removeProfile(profileId) {
        try {
          set({ profiles: await api.session.removeProfile({ profileId }) });
        } catch (error) {
          set({ sessionError: toUiError(error) });
        }
      },
      applySessionState(state) {
        const before = get().session?.profile?.id ?? null;
        const after = state.profile?.id ?? null;
        set({ session: state });
        if (after === before) return;
        // Another bot (a switch in Settings) sees other servers: start its workspace afresh.
        if (before !== null) get().resetWorkspace();
        if (after !== null) void get().loadGuilds();
      },
      clearSessionError: () => set({ sessionError: null }),
    };
  };
