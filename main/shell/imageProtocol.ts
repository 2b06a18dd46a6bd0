// The renderer's only image source in Electron (CSP `img-src 'self' kook-img:`): a custom protocol
// served by main's image proxy, which enforces the host allow-list and the disk cache.
import type { Protocol } from 'electron';
import { IMAGE_SCHEME } from './security';

export type ImageFetcher = (url: string) => Promise<{ contentType: string; body: Buffer } | null>;

/** Must run before `app` is ready: the scheme is standard and secure, never bypassing CSP. */
export function registerImageScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: IMAGE_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
}

/** The handler, separate from Electron so it is tested with plain Requests. */
export function imageRequestHandler(fetchImage: ImageFetcher): (request: Request) => Promise<Response> {
  return async (request) => {
    let target: string | null;
    try {
      target = new URL(request.url).searchParams.get('u');
    } catch {
      target = null;
    }
    const image = target ? await fetchImage(target).catch(() => null) : null;
    if (!image) return new Response(null, { status: 404 });
    return new Response(new Uint8Array(image.body), {
      status: 200,
      headers: { 'Content-Type': image.contentType, 'Cache-Control': 'max-age=86400', 'X-Content-Type-Options': 'nosniff' },
    });
  };
}

export function handleImageProtocol(protocol: Pick<Protocol, 'handle'>, fetchImage: ImageFetcher): void {
  protocol.handle(IMAGE_SCHEME, imageRequestHandler(fetchImage));
}
