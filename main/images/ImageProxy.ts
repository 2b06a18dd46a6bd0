// The image proxy (ARCHITECTURE.md "Images"): avatars, icons, attachments, card images and emoji
// reach the renderer only through main, from an allow-list of hosts, size-capped, type-checked,
// cached on disk, and fetched once however many rows ask at the same time.
import { DiskCache, type CachedImage } from './DiskCache';
import { imageType, isAllowedImageUrl } from './imagePolicy';

export type ImageFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface ImageProxyOptions {
  cacheDir: string;
  /** Loopback simulator origins currently allowed (the demo, a profile's base URL). */
  extraOrigins?: () => readonly string[];
  maxImageBytes?: number;
  maxCacheBytes?: number;
  timeoutMs?: number;
  fetch?: ImageFetch;
}

const MAX_REDIRECTS = 3;

export class ImageProxy {
  private readonly cache: DiskCache;
  private readonly inFlight = new Map<string, Promise<CachedImage | null>>();
  private readonly maxImageBytes: number;

  constructor(private readonly o: ImageProxyOptions) {
    this.cache = new DiskCache(o.cacheDir, o.maxCacheBytes ?? 200 * 1024 * 1024);
    this.maxImageBytes = o.maxImageBytes ?? 5 * 1024 * 1024;
  }

  allowed(url: string): boolean {
    return isAllowedImageUrl(url, this.o.extraOrigins?.() ?? []) !== null;
  }

  /** The image, or null when the URL is not allowed or the answer is not an acceptable image. */
  fetchImage = (url: string): Promise<CachedImage | null> => {
    if (!this.allowed(url)) return Promise.resolve(null);
    let pending = this.inFlight.get(url);
    if (!pending) {
      pending = this.load(url).finally(() => this.inFlight.delete(url));
      this.inFlight.set(url, pending);
    }
    return pending;
  };

  private async load(url: string): Promise<CachedImage | null> {
    const cached = await this.cache.get(url);
    if (cached) return cached;
    const image = await this.download(url).catch(() => null);
    if (image) await this.cache.put(url, image).catch(() => undefined);
    return image;
  }

  private async download(start: string): Promise<CachedImage | null> {
    const doFetch = this.o.fetch ?? ((u, init) => globalThis.fetch(u, init));
    let url = start;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const res = await doFetch(url, { redirect: 'manual', signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000) });
      if (res.status >= 300 && res.status < 400) {
        const next = res.headers.get('location');
        await res.body?.cancel();
        if (!next) return null;
        url = new URL(next, url).toString();
        // every hop must itself be allowed: a CDN may not redirect us anywhere else
        if (!this.allowed(url)) return null;
        continue;
      }
      if (!res.ok) return null;
      const type = imageType(res.headers.get('content-type'));
      const declared = Number(res.headers.get('content-length') ?? '0');
      if (!type || declared > this.maxImageBytes) {
        await res.body?.cancel();
        return null;
      }
      const body = await this.readCapped(res);
      return body ? { contentType: type, body } : null;
    }
    return null;
  }

  private async readCapped(res: Response): Promise<Buffer | null> {
    if (!res.body) return null;
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > this.maxImageBytes) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  }
}
