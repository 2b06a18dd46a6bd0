// inspector.*: the gateway event inspector over the Inspector that AppContext owns (issue 5).
import type { Contract, FrameFilter, FrameRow, InspectorStats, RestPanel, ServiceImpl, TimelineEntry } from '../../../shared/ipc';
import { exportCapture, type ImportResult, type Inspector, InspectorError } from '../../inspector';
import { ServiceError } from '../toIpcError';

/** Export holds at most this many frames (the newest matching ones). */
const EXPORT_MAX_FRAMES = 100_000;

export class InspectorService implements ServiceImpl<Contract['inspector']> {
  constructor(private readonly inspector: Inspector) {}

  async frames(args: { filter?: FrameFilter; beforeSeq?: number; limit: number }): Promise<{ items: FrameRow[]; total: number; oldestSeq: number | null }> {
    return guard(() => this.inspector.recorder.frames(args.filter ?? {}, args.limit, args.beforeSeq));
  }

  async raw(args: { seq: number }): Promise<{ seq: number; json: string }> {
    const json = this.inspector.recorder.raw(args.seq);
    if (json === null) throw new ServiceError('not-found', 'that frame is no longer kept', { seq: args.seq });
    return { seq: args.seq, json };
  }

  async timeline(args: { limit?: number }): Promise<TimelineEntry[]> {
    return this.inspector.recorder.timeline(args.limit ?? 500);
  }

  async stats(): Promise<InspectorStats> {
    return this.inspector.recorder.stats();
  }

  async rest(): Promise<RestPanel> {
    return this.inspector.recorder.restPanel();
  }

  async follow(args: { on: boolean }): Promise<void> {
    this.inspector.recorder.follow(args.on);
  }

  async exportCapture(args: { filter?: FrameFilter }): Promise<{ fileName: string; content: string }> {
    return guard(() => exportCapture(this.inspector.recorder.matching(args.filter ?? {}, EXPORT_MAX_FRAMES), args.filter, this.inspector.clock.now()));
  }

  /** Also answers `badLines` and `skipped` (beyond the contract's fields) so the UI can report them. */
  async importCapture(args: { content: string }): Promise<ImportResult> {
    return guard(() => this.inspector.replays.importCapture(args.content));
  }

  async replay(args: { captureId: string; speed: number }): Promise<{ jobId: string }> {
    return guard(() => this.inspector.replays.replay(args.captureId, args.speed));
  }
}

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof InspectorError) {
      throw new ServiceError(err.code === 'not-found' ? 'not-found' : 'invalid-payload', err.message, { reason: err.code, ...err.details });
    }
    throw err;
  }
}
