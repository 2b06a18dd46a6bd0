// The default WsFactory (the `ws` package adapted to the minimal GatewaySocket interface), and
// letting go of any GatewaySocket.
import WebSocket, { type RawData } from 'ws';
import type { GatewaySocket, GatewaySocketEvents, WsFactory } from './types';

export const wsSocketFactory: WsFactory = (url) => new WsGatewaySocket(url);

type ListenerLists = { [K in keyof GatewaySocketEvents]: GatewaySocketEvents[K][] };

class WsGatewaySocket implements GatewaySocket {
  private readonly ws: WebSocket;
  private readonly listeners: ListenerLists = { open: [], message: [], close: [], error: [] };

  constructor(url: string) {
    // KOOK compresses per frame itself (GATEWAY.md §3); the WebSocket extension and WS-level pings are not part of the protocol (§9).
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.ws.on('open', () => this.listeners.open.forEach((l) => l()));
    this.ws.on('message', (data: RawData, isBinary: boolean) => {
      const buf = toBuffer(data);
      const frame = isBinary ? buf : buf.toString('utf8');
      this.listeners.message.forEach((l) => l(frame));
    });
    this.ws.on('close', (code: number, reason: Buffer) => this.listeners.close.forEach((l) => l(code, reason.toString('utf8'))));
    this.ws.on('error', (err: Error) => this.listeners.error.forEach((l) => l(err)));
  }

  on<K extends keyof GatewaySocketEvents>(event: K, listener: GatewaySocketEvents[K]): void {
    this.listeners[event].push(listener);
  }

  send(text: string): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(text);
  }

  close(code = 1000, reason = ''): void {
    try {
      this.ws.close(code, reason);
    } catch {
      this.ws.terminate();
    }
  }

  terminate(): void {
    this.ws.terminate();
  }
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

/** Lets go of a socket: a clean close, or `terminate` for a zombie that may never finish the handshake. */
export function releaseSocket(sock: GatewaySocket, dead: boolean): void {
  try {
    if (dead) sock.terminate();
    else sock.close(1000, 'client closing');
  } catch {
    // Already closed: nothing to release.
  }
}
