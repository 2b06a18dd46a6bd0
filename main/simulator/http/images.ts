// GET /_sim/img/<kind>/<key>.png: generated images, no auth (a bot hands these URLs to KOOK
// clients the way it would hand out CDN links), cacheable forever since a key never changes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimHttpContext } from './context';
import { httpError, pickLang, sendError, texts } from './reply';

export const IMAGE_PREFIX = '/_sim/img/';

export function handleImage(ctx: SimHttpContext, req: IncomingMessage, res: ServerResponse, path: string): void {
  const lang = pickLang(req.headers['accept-language']);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, lang, httpError(405, texts.methodNotAllowed), { Allow: 'GET, HEAD' });
  const match = /^([a-z]+)\/([^/]+)\.png$/.exec(path.slice(IMAGE_PREFIX.length));
  const png = match?.[1] && match[2] ? ctx.images.get(match[1], match[2]) : null;
  if (!png) return sendError(res, lang, httpError(404, texts.notFound));
  res.writeHead(200, {
    'Content-Type': 'image/png',
    'Content-Length': String(png.length),
    'Cache-Control': 'public, max-age=31536000, immutable',
  });
  res.end(req.method === 'HEAD' ? undefined : png);
}
