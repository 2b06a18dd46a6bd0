// Shared fixtures for the moderation and cases UI tests: a store over a fake Api with a guild
// open, cases shaped like main's, and the layout a virtualizer needs (happy-dom lays nothing out).
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { CaseView, PermissionCheck } from '../../../../shared/ipc';
import { createAppStore, type AppStore } from '../../../../renderer/store';
import { fakeApi, type FakeApi } from '../store/support/fakeApi';
import { GUILD, detail, member, page } from '../store/support/fixtures';
import { renderWith } from '../store/support/render';
import type { Language } from '../../../../renderer/i18n';

export const ALLOWED: PermissionCheck = { allowed: true, missing: [], hierarchy: 'ok' };

export function caseView(id: number, extra: Partial<CaseView> = {}): CaseView {
  return {
    id,
    guildId: GUILD.id,
    action: 'member.ban',
    targetId: '7',
    targetName: 'alice',
    reason: 'spam',
    actor: 'Demo bot',
    createdAt: 1_700_000_000_000 + id,
    result: { ok: true },
    durationMs: null,
    expiresAt: null,
    evidence: null,
    undoable: true,
    undoneByCaseId: null,
    ...extra,
  };
}

/** A store with the guild open, its general channel selected and two members listed. */
export function moderationStore(parts: FakeApi = {}): AppStore {
  const check = vi.fn(async () => ALLOWED);
  const store = createAppStore(fakeApi({ ...parts, moderation: { check, ...parts.moderation } }));
  store.setState({
    selectedGuildId: GUILD.id,
    selectedChannelId: '2002',
    guildDetail: detail(),
    memberItems: page([member('7', 'alice'), member('8', 'bob'), member('9', 'carol')]).items,
  });
  return store;
}

export function renderIn(ui: ReactElement, store: AppStore, language: Language = 'en') {
  return renderWith(ui, store, language);
}

const SIZE = { width: 800, height: 600 };

/** Sizes for TanStack Virtual; returns the restore. */
export function fakeLayout(): () => void {
  const overrides: [object, string, PropertyDescriptor][] = [
    [HTMLElement.prototype, 'offsetHeight', { get: () => SIZE.height }],
    [HTMLElement.prototype, 'offsetWidth', { get: () => SIZE.width }],
    [HTMLElement.prototype, 'clientHeight', { get: () => SIZE.height }],
    [HTMLElement.prototype, 'clientWidth', { get: () => SIZE.width }],
    [Element.prototype, 'getBoundingClientRect', { value: () => DOMRect.fromRect(SIZE) }],
  ];
  const saved = overrides.map(([target, key]) => [target, key, Object.getOwnPropertyDescriptor(target, key)] as const);
  for (const [target, key, descriptor] of overrides) Object.defineProperty(target, key, { configurable: true, ...descriptor });
  return () => {
    for (const [target, key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else Reflect.deleteProperty(target, key);
    }
  };
}
