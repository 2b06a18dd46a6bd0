// Pure list updates for the member panel; each returns a new array only when something changed.
import type { MemberView } from '../../../shared/ipc';

/** Appends a page, skipping ids already shown (a join can shift server pages by one). */
export function appendPage(items: MemberView[], page: MemberView[]): MemberView[] {
  const seen = new Set(items.map((m) => m.id));
  const fresh = page.filter((m) => !seen.has(m.id));
  return fresh.length === 0 ? items : [...items, ...fresh];
}

export function patchMember(items: MemberView[], userId: string, change: (m: MemberView) => MemberView): MemberView[] {
  const i = items.findIndex((m) => m.id === userId);
  if (i < 0) return items;
  const next = items.slice();
  next[i] = change(items[i] as MemberView);
  return next;
}

export function removeMember(items: MemberView[], userId: string): MemberView[] {
  const next = items.filter((m) => m.id !== userId);
  return next.length === items.length ? items : next;
}

export function applyPresence(items: MemberView[], userId: string, online: boolean): MemberView[] {
  const m = items.find((x) => x.id === userId);
  if (!m || m.online === online) return items;
  return patchMember(items, userId, (x) => ({ ...x, online }));
}
