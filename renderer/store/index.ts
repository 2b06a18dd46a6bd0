// One store from typed slices (STYLE.md "From zustand's guides"). The store is built over an
// Api so tests pass a fake; the app passes the real transport's client.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Api } from '../../shared/ipc';
import { createCasesSlice } from './cases/slice';
import { createChannelsSlice } from './channels/slice';
import { createGuildsSlice } from './guilds/slice';
import { createInspectorSlice } from './inspector/slice';
import { createLayoutSlice } from './layout/slice';
import { createMembersSlice } from './members/slice';
import { createMessagesSlice } from './messages/slice';
import { createJobsSlice } from './moderation/jobs';
import { createSelectionSlice } from './moderation/selection';
import { createModerationSlice } from './moderation/slice';
import { createRolesSlice } from './roles/slice';
import { createSessionSlice } from './session/slice';
import { createSettingsSlice } from './settings/slice';
import { createStatusSlice, type TransportMode } from './status/slice';
import type { AllSlices } from './types';

export type AppStore = UseBoundStore<StoreApi<AllSlices>>;

export function createAppStore(api: Api, transport: TransportMode = 'browser'): AppStore {
  return create<AllSlices>()((...a) => ({
    ...createSessionSlice(api)(...a),
    ...createGuildsSlice(api)(...a),
    ...createChannelsSlice(api)(...a),
    ...createMembersSlice(api)(...a),
    ...createMessagesSlice(api)(...a),
    ...createRolesSlice(api)(...a),
    ...createSettingsSlice(api)(...a),
    ...createStatusSlice(transport)(...a),
    ...createLayoutSlice(...a),
    ...createInspectorSlice(api)(...a),
    ...createModerationSlice(api)(...a),
    ...createJobsSlice(api)(...a),
    ...createSelectionSlice(...a),
    ...createCasesSlice(api)(...a),
  }));
}

export type { AllSlices } from './types';
export { StoreProvider, useAppStore, useStoreApi } from './context';
