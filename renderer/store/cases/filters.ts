// The case view's filters and how they become cases.list / cases.export arguments.
import type { CaseView } from '../../../shared/ipc';

export interface CaseFilters {
  action: string;
  targetId: string;
  search: string;
  since: number | null;
  until: number | null;
}

export const NO_CASE_FILTERS: CaseFilters = { action: '', targetId: '', search: '', since: null, until: null };

export interface CaseQuery {
  guildId?: string;
  action?: string;
  targetId?: string;
  search?: string;
  since?: number;
  until?: number;
}

/** Only the filters that are set; a target id that is not a KOOK id is left out (the schema would refuse it). */
export function caseQuery(guildId: string | null, f: CaseFilters): CaseQuery {
  const target = f.targetId.trim();
  const search = f.search.trim();
  return {
    ...(guildId ? { guildId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(/^\d{1,32}$/.test(target) ? { targetId: target } : {}),
    ...(search ? { search } : {}),
    ...(f.since !== null ? { since: f.since } : {}),
    ...(f.until !== null ? { until: f.until } : {}),
  };
}

/** Whether a case pushed live belongs in the list as filtered (text search is main's; approximated here). */
export function matchesFilters(c: CaseView, guildId: string | null, f: CaseFilters): boolean {
  if (guildId && c.guildId !== guildId) return false;
  if (f.action && c.action !== f.action) return false;
  if (f.targetId.trim() && c.targetId !== f.targetId.trim()) return false;
  if (f.since !== null && c.createdAt < f.since) return false;
  if (f.until !== null && c.createdAt > f.until) return false;
  const q = f.search.trim().toLowerCase();
  if (q && ![c.reason, c.targetName, c.targetId, c.actor].some((v) => v?.toLowerCase().includes(q))) return false;
  return true;
}

/** Newest first; an updated case replaces its older copy in place. */
export function upsertCase(items: readonly CaseView[], c: CaseView): { items: CaseView[]; added: boolean } {
  const at = items.findIndex((i) => i.id === c.id);
  if (at !== -1) {
    const next = [...items];
    next[at] = c;
    return { items: next, added: false };
  }
  const next = [c, ...items].sort((a, b) => b.id - a.id);
  return { items: next, added: true };
}
