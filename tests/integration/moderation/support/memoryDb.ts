// A small in-memory ModerationDatabase for moderation tests (the SQLite one lives in main/store/db).
import type { CaseView } from '../../../../shared/ipc';
import type { CaseQuery, ModerationDatabase, NewCase, ScheduledJob } from '../../../../main/store/moderationStores';

type Stored = CaseView & { undoData: Record<string, unknown> | null };

function matches(c: CaseView, q: CaseQuery): boolean {
  if (q.guildId && c.guildId !== q.guildId) return false;
  if (q.action && c.action !== q.action) return false;
  if (q.targetId && c.targetId !== q.targetId) return false;
  if (q.since !== undefined && c.createdAt < q.since) return false;
  if (q.until !== undefined && c.createdAt > q.until) return false;
  if (q.search) {
    const s = q.search.toLowerCase();
    if (![c.reason, c.targetName, c.targetId, c.actor].some((v) => v?.toLowerCase().includes(s))) return false;
  }
  return true;
}

const view = ({ undoData: _u, ...c }: Stored): CaseView => ({ ...c });

export function memoryDb(): ModerationDatabase & { jobs: ScheduledJob[] } {
  const cases: Stored[] = [];
  const jobs: ScheduledJob[] = [];
  const messages = new Map<string, Parameters<ModerationDatabase['messages']['put']>[0][number]>();
  return {
    jobs,
    recoveredFrom: null,
    close: () => undefined,
    cases: {
      add(c: NewCase) {
        const stored: Stored = { ...c, id: cases.length + 1, undoneByCaseId: null, undoData: c.undoData ?? null };
        cases.push(stored);
        return view(stored);
      },
      get: (id) => {
        const c = cases[id - 1];
        return c ? { ...c } : null;
      },
      list(q) {
        const hits = cases.filter((c) => matches(c, q)).reverse();
        const size = q.pageSize ?? 50;
        const page = q.page ?? 1;
        return { items: hits.slice((page - 1) * size, page * size).map(view), total: hits.length };
      },
      editReason(id, reason) {
        const c = cases[id - 1];
        if (!c) return null;
        c.reason = reason;
        return view(c);
      },
      markUndone(id, by) {
        const c = cases[id - 1];
        if (c) c.undoneByCaseId = by;
      },
      all: (q) => cases.filter((c) => matches(c, q)).map(view),
    },
    schedule: {
      add(j) {
        const job: ScheduledJob = { ...j, id: jobs.length + 1, state: 'pending', doneAt: null, error: null };
        jobs.push(job);
        return { ...job };
      },
      pending: (profileId) => jobs.filter((j) => j.profileId === profileId && j.state === 'pending').map((j) => ({ ...j })),
      complete(id, at) {
        const j = jobs[id - 1];
        if (j) Object.assign(j, { state: 'done', doneAt: at });
      },
      fail(id, error, at) {
        const j = jobs[id - 1];
        if (j) Object.assign(j, { state: 'failed', doneAt: at, error });
      },
      cancelForCase(caseId) {
        for (const j of jobs) if (j.caseId === caseId && j.state === 'pending') j.state = 'cancelled';
      },
    },
    events: {
      append: () => undefined,
      page: () => ({ items: [], total: 0, oldestSeq: null }),
      raw: () => null,
      appendTimeline: () => undefined,
      timeline: () => [],
      prune: () => 0,
      count: () => 0,
    },
    messages: {
      put(list) {
        for (const m of list) messages.set(m.id, m);
      },
      get: (id) => messages.get(id) ?? null,
    },
  };
}
