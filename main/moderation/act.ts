// One action end to end after its pre-check: run the KOOK calls, then record a numbered case with
// the result — success, or the KOOK error (the case is kept and the error still reaches the UI).
import type { CaseAction, CaseEvidence, CaseView } from '../../shared/ipc';
import { ServiceError, toIpcError } from '../services/toIpcError';
import type { ActionEnv } from './env';

export interface ActOutcome {
  undoData?: Record<string, unknown>;
  evidence?: CaseEvidence;
  targetId?: string;
}

export interface ActSpec {
  guildId: string;
  action: CaseAction;
  targetId: string;
  targetName: string | null;
  reason?: string | null | undefined;
  durationMs?: number | null | undefined;
  evidence?: CaseEvidence | null;
  undoable: boolean;
  run: () => Promise<ActOutcome | void>;
}

export async function act(env: ActionEnv, spec: ActSpec): Promise<CaseView> {
  const createdAt = env.now();
  const durationMs = spec.durationMs ?? null;
  const base = {
    guildId: spec.guildId, action: spec.action, targetName: spec.targetName, reason: spec.reason?.trim() || null,
    actor: env.actor(), createdAt, durationMs, expiresAt: durationMs !== null ? createdAt + durationMs : null,
  };
  let outcome: ActOutcome | void;
  try {
    outcome = await spec.run();
  } catch (err) {
    const e = toIpcError(err);
    const kookCode = typeof e.details?.kookCode === 'number' ? e.details.kookCode : undefined;
    const failed = env.record({
      ...base, targetId: spec.targetId, expiresAt: null, evidence: spec.evidence ?? null, undoable: false,
      result: { ok: false, code: e.code, message: e.message, ...(kookCode !== undefined ? { kookCode } : {}) },
    });
    throw new ServiceError(e.code, e.message, { ...e.details, caseId: failed.id });
  }
  const evidence = mergeEvidence(spec.evidence ?? null, outcome?.evidence);
  return env.record({
    ...base, targetId: outcome?.targetId ?? spec.targetId, result: { ok: true }, evidence,
    undoable: spec.undoable, undoData: outcome?.undoData ?? null,
  });
}

function mergeEvidence(a: CaseEvidence | null, b: CaseEvidence | undefined): CaseEvidence | null {
  if (!b) return a;
  if (!a) return b;
  return { ...a, ...b, before: { ...a.before, ...b.before } };
}

/** The newest successful, not yet undone case of this kind on this target (what an undo reverses). */
export function activeCase(env: ActionEnv, guildId: string, action: CaseAction, targetId: string, match?: (undoData: Record<string, unknown> | null) => boolean): (CaseView & { undoData: Record<string, unknown> | null }) | null {
  const page = env.db().cases.list({ guildId, action, targetId, page: 1, pageSize: 200 });
  const candidates = page.items.filter((c) => c.result.ok && c.undoneByCaseId === null && c.action === action && c.targetId === targetId).sort((x, y) => y.id - x.id);
  for (const c of candidates) {
    const full = env.db().cases.get(c.id);
    if (full && (!match || match(full.undoData))) return full;
  }
  return null;
}

/** Links a reversal to the case it reverses and stops that case's pending expiry. */
export function closeCase(env: ActionEnv, reversed: { id: number } | null, by: CaseView): void {
  if (!reversed || !by.result.ok) return;
  env.markUndone(reversed.id, by.id);
  env.cancelSchedule(reversed.id);
}
