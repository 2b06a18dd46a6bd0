// The simulator's HTTP server (node:http, no framework): /api/v3 REST, the /gateway upgrade,
// generated images and the loopback-only admin API under /_sim/.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { handleAdmin } from './admin';
import { handleApi } from './api';
import type { SimHttpContext } from './context';
import { IMAGE_PREFIX, handleImage } from './images';
import { httpError, pickLang, sendError, texts, toApiError } from './reply';

const API_PREFIX = '/api/v3/';
/** PROTOCOL.md "Hosts": omitting `/v3` hits the default version, which is 3. */
const API_DEFAULT_PREFIX = '/api/';
const ADMIN_PREFIX = '/_sim/';

export function splitUrl(url: string | undefined): { path: string; search: URLSearchParams } {
  const raw = url ?? '/';
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)).replace(/\/+$/, '') || '/';
  let search: URLSearchParams;
  try {
    search = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  } catch {
    search = new URLSearchParams();
  }
  return { path, search };
}

async function dispatch(ctx: SimHttpContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { path, search } = splitUrl(req.url);
  if (path.startsWith(API_PREFIX)) return handleApi(ctx, req, res, path.slice(API_PREFIX.length), search);
  if (path.startsWith(IMAGE_PREFIX)) return handleImage(ctx, req, res, path);
  if (path.startsWith(ADMIN_PREFIX)) return handleAdmin(ctx, req, res, path.slice(ADMIN_PREFIX.length), search);
  if (path.startsWith(API_DEFAULT_PREFIX)) return handleApi(ctx, req, res, path.slice(API_DEFAULT_PREFIX.length), search);
  sendError(res, pickLang(req.headers['accept-language']), httpError(404, texts.notFound));
}

export function createSimHttpServer(ctx: SimHttpContext): Server {
  const server = createServer((req, res) => {
    dispatch(ctx, req, res).catch((error: unknown) => {
      ctx.onError(error);
      sendError(res, pickLang(req.headers['accept-language']), toApiError(error));
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (splitUrl(req.url).path !== '/gateway') {
      socket.destroy();
      return;
    }
    try {
      ctx.gateway.handleUpgrade(req, socket, head);
    } catch (error) {
      ctx.onError(error);
      socket.destroy();
    }
  });
  // Garbage on the wire gets a plain 400 and the socket closed; the server carries on.
  server.on('clientError', (_error, socket: Duplex) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}
