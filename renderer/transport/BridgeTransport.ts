// Browser-mode transport: the IPC contract over the loopback WebSocket served by main/bridge.
// Protocol: {type:'hello', secret} first, then {type:'call', id, channel, args} answered by
// {type:'result', id, result}; pushes arrive as {type:'push', batch}. The socket reconnects with
// backoff; calls in flight when it closes fail with IpcCallError('network').
import { IpcCallError, type Invoke, type PushBatch } from '../../shared/ipc';
import { reconnectDelayMs } from './backoff';

export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface BridgeTransportOptions {
  url: string;
  secret: string;
  createSocket: (url: string) => SocketLike;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class BridgeTransport {
  private socket: SocketLike | null = null;
  private open = false;
  private nextId = 1;
  private attempt = 0;
  private closed = false;
  private readonly pending = new Map<number, Pending>();
  private readonly outbox: string[] = [];
  private readonly pushListeners = new Set<(batch: PushBatch) => void>();
  private readonly readyListeners = new Set<(seq: number) => void>();

  constructor(private readonly opts: BridgeTransportOptions) {
    this.connect();
  }

  readonly invoke: Invoke = (channel, args) =>
    new Promise((resolve, reject) => {
      if (this.closed) return reject(new IpcCallError('network', 'bridge closed'));
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.send(JSON.stringify({ type: 'call', id, channel, args }));
    });

  onPush(listener: (batch: PushBatch) => void): () => void {
    this.pushListeners.add(listener);
    return () => this.pushListeners.delete(listener);
  }

  /** Fires after every accepted hello (first connect and each reconnect) with main's push seq. */
  onReady(listener: (seq: number) => void): () => void {
    this.readyListeners.add(listener);
    return () => this.readyListeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
    this.failPending();
  }

  private send(frame: string): void {
    if (this.open && this.socket) this.socket.send(frame);
    else this.outbox.push(frame);
  }

  private connect(): void {
    const socket = this.opts.createSocket(this.opts.url);
    this.socket = socket;
    socket.onopen = () => {
      this.open = true;
      socket.send(JSON.stringify({ type: 'hello', secret: this.opts.secret }));
      for (const frame of this.outbox.splice(0)) socket.send(frame);
    };
    socket.onmessage = (ev) => this.receive(ev.data);
    socket.onerror = () => undefined;
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.open = false;
      this.socket = null;
      this.failPending();
      if (this.closed) return;
      const delay = reconnectDelayMs(this.attempt++);
      (this.opts.setTimer ?? setTimeout)(() => {
        if (!this.closed) this.connect();
      }, delay);
    };
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let msg: unknown;
    try {
      msg = JSON.parse(data);
    } catch {
      return;
    }
    if (!msg || typeof msg !== 'object') return;
    const m = msg as { type?: unknown; id?: unknown; result?: unknown; batch?: unknown; seq?: unknown };
    if (m.type === 'result' && typeof m.id === 'number') {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      p?.resolve(m.result);
    } else if (m.type === 'push' && isBatch(m.batch)) {
      for (const l of this.pushListeners) l(m.batch);
    } else if (m.type === 'ready') {
      this.attempt = 0;
      const seq = typeof m.seq === 'number' ? m.seq : 0;
      for (const l of this.readyListeners) l(seq);
    }
  }

  private failPending(): void {
    this.outbox.length = 0;
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const p of failed) p.reject(new IpcCallError('network', 'bridge connection closed'));
  }
}

function isBatch(value: unknown): value is PushBatch {
  if (!value || typeof value !== 'object') return false;
  const b = value as { seq?: unknown; events?: unknown };
  return typeof b.seq === 'number' && Array.isArray(b.events);
}
