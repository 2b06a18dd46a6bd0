// The one store's shape: every slice's state and actions intersected (STYLE.md, zustand slices).
import type { StateCreator } from 'zustand';
import type { CasesSlice } from './cases/slice';
import type { ChannelsSlice } from './channels/slice';
import type { GuildsSlice } from './guilds/slice';
import type { InspectorSlice } from './inspector/slice';
import type { LayoutSlice } from './layout/slice';
import type { MembersSlice } from './members/slice';
import type { MessagesSlice } from './messages/slice';
import type { JobsSlice } from './moderation/jobs';
import type { SelectionSlice } from './moderation/selection';
import type { ModerationSlice } from './moderation/slice';
import type { RolesSlice } from './roles/slice';
import type { SessionSlice } from './session/slice';
import type { SettingsSlice } from './settings/slice';
import type { StatusSlice } from './status/slice';

export type AllSlices = SessionSlice &
  GuildsSlice &
  ChannelsSlice &
  MembersSlice &
  MessagesSlice &
  RolesSlice &
  SettingsSlice &
  StatusSlice &
  LayoutSlice &
  InspectorSlice &
  ModerationSlice &
  JobsSlice &
  SelectionSlice &
  CasesSlice;

export type SliceCreator<T> = StateCreator<AllSlices, [], [], T>;
