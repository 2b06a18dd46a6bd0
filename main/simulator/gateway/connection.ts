// One WebSocket: how frames reach it (through the fault-aware Outbound) and how much
// client garbage it may send before we stop listening.
import { WebSocket } from 'ws';
import { encodeFrame } from './frames';
import { Outbound, type OutboundSettings } from './outbound';
import type { Session } from './session';

/** Client frames per second beyond which the socket is closed (a PING every 30 s is the norm). */
const FLOOD_FRAMES_PER_SECOND = 200;
/** A client this far behind is not reading; a real server would drop it too. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

export class Connection {
  session: Session | null = null;
  /** Stuck socket: no PONG, no events, stays open (issue 2 "zombie"). */
  zombie = false;
  /** Client frames that were not PING/RESUME. */
  garbage = 0;
  helloTimer: NodeJS.Timeout | null = null;
  private readonly outbound: Outbound;
  private windowStart = 0;
  private framesInWindow = 0;
  private closing = false;

  constructor(
    readonly ws: WebSocket,
    readonly compress: boolean,
    settings: (conn: Connection) => OutboundSettings,
  ) {
    this.outbound = new Outbound(
      {
        write: (frame) => this.write(frame),
        close: () => this.ws.close(1000),
      },
      settings(this),
    );
  }

  get open(): boolean {
    return !this.closing && this.ws.readyState === WebSocket.OPEN;
  }

  sendEvent(sn: number, frameText: string): void {
    if (this.open) this.outbound.event(sn, encodeFrame(frameText, this.compress));
  }

  /** Whether an event sn is still queued here (latency / reorder), i.e. on its way. */
  isPending(sn: number): boolean {
    return this.outbound.pendingSns.has(sn);
  }

  sendControl(text: string, afterEvents = false): void {
    if (this.open) this.outbound.control(encodeFrame(text, this.compress), afterEvents);
  }

  /** HELLO errors and RECONNECT: the frame, then a close (GATEWAY.md §7, §8). */
  closeWith(text: string): void {
    if (!this.open) return;
    this.outbound.control(encodeFrame(text, this.compress), true);
    this.outbound.closeWhenFlushed();
    this.closing = true;
  }

  /** Without a close frame, as a dying network would (issue 2 "drop the socket"). */
  terminate(): void {
    this.closing = true;
    this.ws.terminate();
  }

  /** Counts a client frame; false once the client floods far beyond reason. */
  admitClientFrame(now: number): boolean {
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.framesInWindow = 0;
    }
    this.framesInWindow += 1;
    return this.framesInWindow <= FLOOD_FRAMES_PER_SECOND;
  }

  dispose(): void {
    this.closing = true;
    if (this.helloTimer) clearTimeout(this.helloTimer);
    this.helloTimer = null;
    this.outbound.dispose();
  }

  private write(frame: string | Buffer): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(frame);
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) this.terminate();
  }
}
