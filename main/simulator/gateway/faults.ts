// Fault settings (issue 2 "Admin API → Faults"). Global values apply to every session, a
// session's own override wins; a call without a session id resets the overrides ("default all").

export interface GlobalFaults {
  silent: boolean;
  latencyMs: number;
  reorderWindow: number;
  /** null = the configured helloDelayMs; < 0 = never send HELLO. */
  helloDelayMs: number | null;
  helloError: { code: number; left: number } | null;
}

export interface SessionFaults {
  silent: boolean | null;
  latencyMs: number | null;
  reorderWindow: number | null;
  duplicateLeft: number;
  withholdLeft: number;
}

export function noGlobalFaults(): GlobalFaults {
  return { silent: false, latencyMs: 0, reorderWindow: 0, helloDelayMs: null, helloError: null };
}

export function noSessionFaults(): SessionFaults {
  return { silent: null, latencyMs: null, reorderWindow: null, duplicateLeft: 0, withholdLeft: 0 };
}

/** Admin input is a number from JSON: keep it finite and non-negative. */
export function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}
