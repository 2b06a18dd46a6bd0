// REST faults injected through the admin API (issue 2: "429 storms, 5xx and slow responses on
// chosen routes"). Pure state: the API layer asks `next(route)` once per request.

export type RestFaultKind = '429' | '5xx' | 'slow';

export interface RestFault {
  /** A route path (`message/create`) or `*` for every route. */
  route: string;
  kind: RestFaultKind;
  /** Requests left to affect; null = until cleared. */
  remaining: number | null;
  /** 5xx: the HTTP status (500, 502 or 503). */
  status: number;
  /** slow: ms added; 429: ms the Reset header announces. */
  ms: number;
}

export interface FaultVerdict {
  /** Extra delay before answering. */
  delayMs: number;
  /** Refuse with a forced 429 whose Reset is this many ms. */
  tooMany: { resetMs: number } | null;
  /** Answer with this 5xx status. */
  serverError: number | null;
}

export class RestFaults {
  private faults: RestFault[] = [];

  add(fault: { route: string; kind: RestFaultKind; count?: number; status?: number; ms?: number }): RestFault {
    const entry: RestFault = {
      route: fault.route,
      kind: fault.kind,
      remaining: fault.count ?? null,
      status: fault.status ?? 503,
      ms: fault.ms ?? (fault.kind === '429' ? 1000 : 0),
    };
    this.faults.push(entry);
    return { ...entry };
  }

  clear(): void {
    this.faults = [];
  }

  list(): RestFault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /** What happens to one request on `route`; consumes one use of each fault that applies. */
  next(route: string): FaultVerdict {
    const verdict: FaultVerdict = { delayMs: 0, tooMany: null, serverError: null };
    for (const fault of this.faults) {
      if (fault.route !== '*' && fault.route !== route) continue;
      if (fault.kind === 'slow') {
        verdict.delayMs += fault.ms;
        this.use(fault);
      } else if (!verdict.tooMany && verdict.serverError === null) {
        // The first refusing fault that matches decides; later ones wait for later requests.
        if (fault.kind === '429') verdict.tooMany = { resetMs: fault.ms };
        else verdict.serverError = fault.status;
        this.use(fault);
      }
    }
    this.faults = this.faults.filter((fault) => fault.remaining === null || fault.remaining > 0);
    return verdict;
  }

  private use(fault: RestFault): void {
    if (fault.remaining !== null) fault.remaining--;
  }
}
