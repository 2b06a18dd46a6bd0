// Browser mode (`npm run web`): the renderer bundle over http on 127.0.0.1 and the IPC contract
// over a loopback WebSocket. Non-loopback peers, foreign origins and callers without the per-run
// secret are refused; calls go through the same dispatch as Electron's transport.
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Dispatch } from '../services/dispatch';
import type { PushHub } from '../services/PushHub';
import { isLoopbackAddress, isOwnOrigin, secretMatches } from './peerChecks';
import { serveStatic } from './staticFiles';

export type ImageFetcher = (url: string) => Promise<{ contentType: string; body: Buffer } | null>;

export interface BridgeOptions {
  dispatch: Dispatch;
  push: PushHub;
  staticDir: string;
  port?: number;
  secret?: string;
  images?: ImageFetcher;
  /** Milliseconds a socket has to present the secret. */
  helloTimeoutMs?: number;
}

export interface Bridge {
  url: string;
  origin: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 1 << 20;

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const secret = opts.secret ?? randomBytes(24).toString('base64url');
  let port = 0;

  const server = http.createServer((req, res) => {
    if (!isLoopbackAddress(req.socket.remoteAddress)) return void res.writeHead(403).end();
    void handleHttp(req, res, opts).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const ok =
      req.url === '/bridge' && isLoopbackAddress(req.socket.remoteAddress) && isOwnOrigin(req.headers.origin, port);
    if (!ok) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws, secret, opts));
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    secret,
    url: `${origin}/#secret=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handleHttp(req: IncomingMessage, res: ServerResponse, opts: BridgeOptions): Promise<void> {
  const url = req.url ?? '/';
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
  if (url.startsWith('/img?')) {
    const target = new URLSearchParams(url.slice(5)).get('u');
    const image = target && opts.images ? await opts.images(target) : null;
    if (!image) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': image.contentType, 'Cache-Control': 'max-age=86400', 'X-Content-Type-Options': 'nosniff' });
    return void res.end(image.body);
  }
  await serveStatic(opts.staticDir, url, res);
}

function serveSocket(ws: WebSocket, secret: string, opts: BridgeOptions): void {
  let trusted = false;
  let unsubscribe: (() => void) | null = null;
  const callerId = randomBytes(6).toString('hex');
  const helloTimer = setTimeout(() => ws.close(4001, 'hello timeout'), opts.helloTimeoutMs ?? 5000);

  ws.on('message', (raw, isBinary) => {
    const msg = isBinary ? null : parse(raw.toString());
    if (!msg) return void ws.close(4002, 'bad message');
    if (!trusted) {
      if (msg.type !== 'hello' || !secretMatches(secret, msg.secret)) return void ws.close(4003, 'forbidden');
      trusted = true;
      clearTimeout(helloTimer);
      unsubscribe = opts.push.subscribe((batch) => ws.send(JSON.stringify({ type: 'push', batch }))).unsubscribe;
      ws.send(JSON.stringify({ type: 'ready', seq: opts.push.currentSeq }));
      return;
    }
    if (msg.type !== 'call' || typeof msg.id !== 'number' || typeof msg.channel !== 'string') return;
    const id = msg.id;
    void opts.dispatch(msg.channel, msg.args, { transport: 'bridge', id: callerId }).then((result) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id, result }));
    });
  });
  ws.on('close', () => {
    clearTimeout(helloTimer);
    unsubscribe?.();
  });
  ws.on('error', () => ws.terminate());
}

function parse(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
