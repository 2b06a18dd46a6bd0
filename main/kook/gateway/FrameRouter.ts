// One received frame: decode (GATEWAY.md §2–3), count and report malformed ones, pass s=0 frames to the
// sn pipeline, tap every frame for the inspector, and hand control signals to the state machine.
import type { EventIngest } from './EventIngest';
import { type DecodedFrame, FrameDecoder } from './FrameDecoder';
import type { TypedEmitter } from './TypedEmitter';
import type { Clock, FrameOutcome, GatewayCounters, GatewayEventMap } from './types';

export type ControlFrame = Exclude<DecodedFrame, { s: 0 }>;

export interface FrameRouterOptions {
  clock: Clock;
  emitter: TypedEmitter<GatewayEventMap>;
  counters: GatewayCounters;
  ingest: EventIngest;
  /** Events are processed only after HELLO code 0 (GATEWAY.md §4.3: "Events are only processed in CONNECTED"). */
  acceptingEvents(): boolean;
  control(frame: ControlFrame): void;
}

export class FrameRouter {
  private readonly decoder = new FrameDecoder();

  constructor(private readonly opts: FrameRouterOptions) {}

  receive(data: string | Uint8Array): void {
    const { clock, emitter, ingest } = this.opts;
    const at = clock.now();
    const result = this.decoder.decode(data);
    // The tap objects (with the wire data) are only built when someone listens (the inspector).
    const tap = emitter.hasListeners('frame');
    if (!result.ok) {
      this.malformed(result.reason, result.detail, at);
      if (tap) emitter.emit('frame', { bytes: result.bytes, compressedBytes: result.compressedBytes, at, signal: result.signal, outcome: 'malformed', wire: data });
      return;
    }
    const frame = result.frame;
    if (frame.s !== 0) {
      if (tap) emitter.emit('frame', { bytes: result.bytes, compressedBytes: result.compressedBytes, at, signal: frame.s, outcome: 'control', wire: data });
      this.opts.control(frame);
      return;
    }
    let outcome: FrameOutcome;
    if (this.opts.acceptingEvents()) {
      outcome = ingest.accept(frame.sn, frame.d, at);
    } else {
      outcome = 'malformed';
      this.malformed('event-before-hello', `sn=${frame.sn}`, at);
    }
    if (tap) emitter.emit('frame', { bytes: result.bytes, compressedBytes: result.compressedBytes, at, signal: 0, sn: frame.sn, outcome, wire: data, data: frame.d });
  }

  private malformed(reason: string, detail: string, at: number): void {
    this.opts.counters.malformed += 1;
    this.opts.emitter.emit('malformed', { reason, detail, at });
  }
}
