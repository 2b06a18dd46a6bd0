// The gateway event inspector of main (issue 5): the recorder (a session plugin), imported
// captures and their replays, under one object that AppContext owns and InspectorService serves.
import { type InspectorClock, systemInspectorClock } from './clock';
import { FrameRecorder, type FrameRecorderOptions } from './FrameRecorder';
import { type InspectorJobs, Replays } from './Replays';

export class Inspector {
  readonly recorder: FrameRecorder;
  readonly replays: Replays;
  readonly clock: InspectorClock;

  constructor(o: FrameRecorderOptions) {
    this.clock = o.clock ?? systemInspectorClock;
    this.recorder = new FrameRecorder({ ...o, clock: this.clock });
    this.replays = new Replays({
      clock: this.clock,
      emit: (frame, at) => this.recorder.replayed(frame.row, frame.raw, at),
      progress: (p) => o.push.emit('job.progress', p),
    });
  }

  /** Replay jobs, for JobsService (jobs.list / jobs.control). */
  get jobs(): InspectorJobs {
    return this.replays;
  }

  close(): void {
    this.replays.cancelAll();
    this.recorder.close();
  }
}
