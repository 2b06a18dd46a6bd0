// Gateway refetch delays of GATEWAY.md §4.4: 1, 2, 4, … s capped at 60 s, ±20 % jitter, forever.
import type { GatewayTimings } from './timings';
import type { RandomSource } from './types';

export class RefetchBackoff {
  private attempt = 0;

  constructor(
    private readonly timings: Pick<GatewayTimings, 'refetchInitialMs' | 'refetchMaxMs' | 'refetchJitterRatio'>,
    private readonly random: RandomSource,
  ) {}

  /** The delay before the next refetch; each call doubles the base up to the cap. */
  next(): number {
    const { refetchInitialMs, refetchMaxMs, refetchJitterRatio } = this.timings;
    // 2^attempt stops growing once past the cap, so the exponent never overflows on a years-long outage.
    const base = Math.min(refetchMaxMs, refetchInitialMs * 2 ** Math.min(this.attempt, 30));
    this.attempt += 1;
    const jitter = (this.random() * 2 - 1) * refetchJitterRatio * base;
    // The cap is a hard ceiling (GATEWAY.md §4.1 step 7: "max interval 60 s"), so at the cap the jitter only shortens.
    return Math.max(0, Math.round(Math.min(refetchMaxMs, base + jitter)));
  }

  /** After a successful HELLO the next outage starts again from the initial delay (Kook.Net). */
  reset(): void {
    this.attempt = 0;
  }
}
