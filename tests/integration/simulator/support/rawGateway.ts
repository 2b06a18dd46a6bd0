// A raw gateway peer written in the test: it opens the socket, decodes frames per GATEWAY.md §3
// and records them, without any of the client's state machine.
import { inflateSync } from 'node:zlib';
import WebSocket from 'ws';

export interface RawFrame {
  s: number;
  sn?: number;
  d?: Record<string, unknown> & { extra?: { type?: unknown } };
  binary: boolean;
  /** performance.now() when the frame arrived. */
  at: number;
}

export class RawGateway {
  readonly frames: RawFrame[] = [];
  closed = false;
  closeCode: number | undefined;
  /** Every binary message exactly as received (compress=1: one zlib stream each). */
  readonly rawBinary: Buffer[] = [];
  /** performance.now() when the socket opened. */
  openedAt = 0;
  private waiters: { pred: (f: RawFrame[]) => boolean; resolve: () => void }[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data, isBinary) => {
      const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as Buffer);
      if (isBinary) this.rawBinary.push(buf);
      const text = isBinary ? inflateSync(buf).toString('utf8') : buf.toString('utf8');
      const frame = JSON.parse(text) as Omit<RawFrame, 'binary' | 'at'>;
      this.frames.push({ ...frame, binary: isBinary, at: performance.now() });
      this.check();
    });
    ws.on('close', (code) => {
      this.closed = true;
      this.closeCode = code;
      this.check();
    });
  }

  static open(url: string): Promise<RawGateway> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const peer = new RawGateway(ws);
      ws.once('open', () => {
        peer.openedAt = performance.now();
        resolve(peer);
      });
      ws.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The sns of the s=0 frames, in arrival order. */
  sns(): number[] {
    return this.events().map((f) => f.sn ?? -1);
  }

  ping(sn: number): void {
    this.send({ s: 2, sn });
  }

  events(): RawFrame[] {
    return this.frames.filter((f) => f.s === 0);
  }

  /** Resolves once the frames seen so far satisfy `pred`; rejects after `ms`. */
  waitFor(pred: (frames: RawFrame[]) => boolean, ms = 5000, what = 'frames'): Promise<void> {
    if (pred(this.frames)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`timed out waiting for ${what}; saw ${JSON.stringify(this.frames.slice(-5))}`));
      }, ms);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push({ pred, resolve: done });
    });
  }

  waitForSignal(s: number, ms = 5000): Promise<RawFrame> {
    return this.waitFor((f) => f.some((x) => x.s === s), ms, `signal ${s}`).then(() => {
      const found = this.frames.find((x) => x.s === s);
      if (!found) throw new Error(`socket closed before signal ${s}; saw ${JSON.stringify(this.frames)}`);
      return found;
    });
  }

  waitForClose(ms = 5000): Promise<void> {
    return this.waitFor(() => this.closed, ms, 'close');
  }

  close(): void {
    this.ws.terminate();
  }

  private check(): void {
    for (const w of [...this.waiters]) {
      if (w.pred(this.frames) || this.closed) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve();
      }
    }
  }
}
